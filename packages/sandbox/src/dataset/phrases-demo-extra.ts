// Further demo subjects: pipeline changes week over week, engagement on emails, asking questions about an
// account, the mobile app, comparing teams, and the integrations around the product.
import type { Subject } from "./phrase-types.js";

export const extraDemoSubjects: readonly Subject[] = [
  {
    label: "Pipeline changes week over week",
    point: "Pipeline changes are visible week over week, by deal and by team.",
    tell: [
      "This view answers the question every VP asks on a Monday morning, which is what changed since last week.",
      "Green bars are deals that moved forward, red ones moved back or out of the quarter.",
      "You can see two deals left the quarter on {weekday}, and one of them is {demo}.",
      "Clicking on the bar takes you to the deals themselves, with the reason the rep gave.",
      "Pushed deals are the ones to watch, a deal that moves twice rarely closes on the third date.",
      "For the whole {team} team, about {amount} slipped out of the quarter in the last two weeks.",
      "Most teams put this on the screen at the start of the forecast call.",
      "New pipeline shows up at the bottom, so you can see whether you're replacing what slipped.",
      "The comparison goes back as far as you like, week over week or quarter over quarter.",
    ],
    answer: [
      "That's exactly the question my CEO asks me every Monday.",
      "We currently answer that with two exports and a lot of manual work.",
    ],
    query: ["Can we see why a deal was pushed, or just that it was?"],
  },
  {
    label: "Engagement on emails and meetings",
    point: "Buyer engagement on emails and meetings shows which deals are alive.",
    tell: [
      "Here's how engaged the buyer is, based on replies, meetings and who's been involved.",
      "A deal where the buyer replies within a day looks very different from one where they take a week.",
      "On {demo} the replies slowed down from a few hours to almost {days} days.",
      "It also notices when someone senior joins the thread, which is usually a good sign.",
      "Reps can see which of their emails actually got read and answered.",
      "We don't read anything private, only work email on accounts that are in the CRM.",
      "Managers told us this is the first place they look when a rep says a deal is fine.",
    ],
    answer: [
      "The reply time is a clever signal, I wouldn't have thought of that.",
      "Our reps will want to know exactly what's being captured, so the privacy point matters.",
    ],
    query: ["Does it work with shared inboxes?", "Can a rep hide a thread if it's personal?"],
  },
  {
    label: "Asking questions about an account",
    point: "Reps and managers can ask questions about an account and get answers with sources.",
    tell: [
      "Let me show you something newer, you can ask a question about an account in plain language.",
      "I'll ask what the buyer at {demo} said about budget.",
      "The answer comes back in a few seconds, with links to the moments in the calls where it came up.",
      "Managers use this before a deal review instead of listening to three calls.",
      "It only answers from your own calls and emails, it doesn't make things up from the internet.",
      "If there's no answer in the data, it tells you that instead of guessing.",
      "Reps use it to prepare for a call with someone they've never met.",
    ],
    answer: [
      "That would save our managers a lot of time before deal reviews.",
      "I'd want to test that on our own calls before I believe it.",
    ],
    query: ["Can it answer questions across all accounts, like which deals mention {competitor}?"],
  },
  {
    label: "Mobile app",
    tell: [
      "Most of what you've seen is also on the mobile app.",
      "Reps mostly use it between meetings to check the summary of the last call.",
      "Managers use it to listen to calls on the commute, at double speed.",
      "Alerts come through as notifications, so nobody has to open a laptop to see them.",
      "You can leave a comment on a call from your phone, and it lands in the same place.",
    ],
    answer: ["Our field reps are on their phones all day, so that's important for them."],
    query: ["Is the app available for both iPhone and Android?"],
  },
  {
    label: "Comparing teams and reps",
    point: "Teams and reps can be compared on the same activity and conversion measures.",
    tell: [
      "This page compares the teams on the same measures, side by side.",
      "The {team} team has the highest conversion from first meeting to opportunity.",
      "Top reps tend to have more people involved in each deal, which shows up clearly here.",
      "Talk ratio is another one, the best reps listen more than they talk on discovery calls.",
      "You can pick any two reps and compare them, which helps a lot in coaching conversations.",
      "We'd suggest not sharing the full ranking with the whole team, it rarely helps.",
      "{rep} is a good example, fewer calls than average but a much higher win rate.",
    ],
    answer: [
      "We've always suspected the top reps multi-thread more, it's nice to see it in data.",
      "The talk ratio point would start some interesting conversations here.",
    ],
    query: ["Can reps see how they compare, or only managers?"],
  },
  {
    label: "Integrations around the product",
    point: "The product connects to the CRM, calendar, email, dialer and chat tools.",
    tell: [
      "Besides {crm}, we connect to the calendar, email, your dialer and your chat tool.",
      "Calls from the dialer come in automatically, so phone calls and video calls sit together.",
      "There's an API as well, a lot of ops teams pull the data into their warehouse.",
      "Deal alerts can post into a channel for each team, which works well for smaller teams.",
      "Most integrations are switched on by an admin in a few minutes, no project needed.",
    ],
    answer: ["We'd want the data in our warehouse eventually, so the API matters."],
    query: ["Does it work with our dialer?", "Is there a limit on the API?"],
  },
];
