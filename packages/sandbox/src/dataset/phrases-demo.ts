// The product demo: Acme's rep or solutions engineer walks through one screen at a time for a minute or two,
// on the demo workspace's example deals ({demo}, {rep}); the customer reacts and asks.
import type { TopicBank } from "./phrase-types.js";
import { deepDemoSubjects } from "./phrases-demo-deep.js";
import { extraDemoSubjects } from "./phrases-demo-extra.js";
import { demoGeneral, demoRoutine, moreDemoSubjects } from "./phrases-demo-more.js";

export const productDemo: TopicBank = {
  style: "presentation",
  opening: {
    label: "",
    tell: ["Let me share my screen and show you what this looks like in {product}."],
    ask: ["Can you see my screen okay?"],
    answer: ["Yes, I can see your screen.", "Yep, all good on my side."],
  },
  subjects: [
    {
      label: "Deal board and risk signals",
      point: "The deal board shows every open opportunity with its risk signals.",
      tell: [
        "This is the deal board, every open opportunity with its risk signals on one page.",
        "Each row is a deal, and the columns show the stage, the amount and when we last heard from the buyer.",
        "The red markers are the risk signals, things like no meeting on the calendar or a single contact.",
        "Take {demo}, it's a {amount} deal in {stage} and nobody has spoken to the buyer in {days} days.",
        "That's exactly the kind of deal that would show up as a surprise at the end of the quarter.",
        "If I hover over the warning, it tells me why it's flagged, in plain language.",
        "You can sort by risk instead of by amount, which is how most managers end up using it.",
        "None of this is typed in by the rep, it all comes from the emails, meetings and calls.",
        "Here's {demo} again, {rep} owns it and the last meeting was {days} days ago.",
        "Each manager can save their own version of the board with the filters they like.",
        "Deals without a next meeting on the calendar get a grey marker, which is usually the first warning.",
      ],
      ask: ["Does that match how you'd want to look at your pipeline?"],
      answer: [
        "That's really helpful, our managers would love that view.",
        "We have nothing like that today, we'd have to go deal by deal in {crm}.",
        "The single contact warning alone would have saved one of our deals last quarter.",
      ],
      query: ["Can we change which signals count as a risk?", "Could we filter that by region?"],
    },
    {
      label: "Activity capture and CRM sync",
      point: "Activity is captured automatically and synced to {crm}.",
      tell: [
        "Here you can see the activity on the deal, emails, calls and meetings, all captured automatically.",
        "Everything you see here syncs back to {crm}, so reps don't have to type it twice.",
        "Contacts who show up on emails or calls get matched to the right account on their own.",
        "If we can't match someone, they land in a review list instead of creating a duplicate.",
        "For {demo} you can see {n} people from their side have been involved so far.",
        "The timeline shows when each person joined the conversation, which says a lot about the buying group.",
        "The sync runs every few minutes, so the CRM is never more than a little behind.",
        "Phone calls from the dialer land on the same timeline, so nothing lives in a separate tool.",
        "If someone new from the buyer's side shows up on an email, they're added as a contact automatically.",
      ],
      answer: [
        "The duplicate handling is a big deal for us, our CRM admin will be happy.",
        "That would take a lot of the Friday cleanup off the reps' plates.",
      ],
      query: [
        "Does that sync both ways with {crm}?",
        "What happens if the rep forgets to log a meeting?",
        "How long does it take for a call to show up after it ends?",
      ],
    },
    {
      label: "Alerts on deals that go quiet",
      point: "Managers get alerts when a deal goes quiet.",
      tell: [
        "When a deal goes quiet for more than a week, the manager gets an alert right here.",
        "You decide what quiet means, some teams use five days and some use two weeks.",
        "Alerts go to email or to your chat tool, whatever the managers actually read.",
        "Here's an example, {demo} triggered an alert {days} days ago because the champion stopped replying.",
        "The rep sees the same alert, so it's a nudge rather than a manager checking up on them.",
        "We keep the number of alerts low on purpose, otherwise people start ignoring them.",
        "Alerts also fire when a deal moves backwards, for example from proposal back to discovery.",
        "A weekly digest collects all the alerts for managers who prefer one email to many.",
      ],
      answer: [
        "I like that it goes to the rep too, that changes the tone a lot.",
        "We'd want that in our chat tool, email gets ignored here.",
      ],
      query: ["Can you show me how the alerts get configured?", "Can each manager set their own thresholds?"],
    },
    {
      label: "Forecast roll-up from reps to the VP",
      point: "The forecast rolls up from reps to managers to the VP.",
      tell: [
        "The forecast rolls up from the reps to the managers and then to the VP automatically.",
        "Each rep submits a number, the manager can adjust it, and you see both side by side.",
        "This column is what the model expects based on the activity, next to what the team called.",
        "When the call and the model disagree by a lot, that's usually the conversation worth having.",
        "For the {team} team you can see the call is {amount} above what the activity supports.",
        "You can go back to any week and see what the forecast looked like at that point.",
        "Most VPs use this view in the weekly forecast call instead of a spreadsheet.",
        "Managers can leave a note on their adjustment, so the VP knows why the number changed.",
        "The roll-up respects your team structure, so regions and segments add up the way you expect.",
      ],
      ask: ["How does that compare to the way your forecast call runs today?"],
      answer: [
        "That side by side view would make our Monday call a lot shorter.",
        "Our CFO would love the history, she always asks what we said three weeks ago.",
      ],
      query: [
        "How accurate is the model in the first few months?",
        "Can we keep our own forecast categories?",
      ],
    },
    {
      label: "Coaching view and call review",
      point: "Managers can review calls and coach from the key moments.",
      tell: [
        "This is the coaching view, you can jump straight to the moments that matter in a call.",
        "The transcript is searchable, so you can find every time a competitor or a price came up.",
        "Managers can leave a comment at a specific moment, and the rep gets notified.",
        "Here's one of {rep}'s calls, you can see the talk ratio was about {pct} percent on the rep's side.",
        "Scorecards let you review calls against your methodology in a consistent way.",
        "Reps can also ask for feedback on a call, which we see a lot from newer people.",
        "Let me show you how a manager would prepare for a one on one using this.",
        "You can speed up playback and skip the silences, so a thirty minute call takes about ten.",
        "Comments can be private to the manager or shared with the rep.",
      ],
      answer: ["Our reps would actually use the feedback request, they keep asking for more coaching."],
      query: [
        "Can reps see their own stats or only the managers?",
        "Can we build scorecards around our own methodology?",
      ],
    },
    ...moreDemoSubjects,
    ...extraDemoSubjects,
    ...deepDemoSubjects,
  ],
  general: demoGeneral,
  routine: demoRoutine,
};
