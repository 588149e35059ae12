// Phrase banks the transcripts are built from: per Gong topic, what Acme's people say and what customers say.
// Placeholders: {customer} {competitor} {product} {name} (who is addressed) {me} (who speaks) {n} {seats}
// {price} {day} {month}.

export type Topic =
  | "Small Talk"
  | "Call Setup"
  | "Discovery"
  | "Product Demo"
  | "Competition"
  | "Pricing"
  | "Security"
  | "Implementation"
  | "Renewal"
  | "Pipeline Review"
  | "Next Steps"
  | "Voicemail"
  | "Introduction";

export interface PhraseBank {
  internal: readonly string[];
  external: readonly string[];
}

export const backchannels = [
  "Yeah.",
  "Right.",
  "Mm-hmm.",
  "Got it.",
  "Okay.",
  "That makes sense.",
  "Sure.",
  "Exactly.",
  "Interesting.",
  "Yes, absolutely.",
];

/** Words that may start a statement or, for questions, only the neutral ones. */
export const openers = [
  "So",
  "And",
  "Honestly,",
  "I think",
  "Well,",
  "Yeah, so",
  "Look,",
  "Okay, so",
  "Right, and",
];
export const questionOpeners = ["So", "And", "Okay, so", "Right, and"];

export const competitors = ["Contoso", "Fabrikam", "Northwind"];

export const productName = "Acme Revenue Cloud";

export const phraseBanks: Record<Topic, PhraseBank> = {
  "Small Talk": {
    internal: [
      "Hi {name}, good to see you again, how was your weekend?",
      "Thanks for making the time today, I know it's a busy week with quarter end coming up.",
      "Are you back in the office or still working from home most days?",
      "I saw {customer} was in the news last week, congratulations on the announcement.",
      "How's the weather over there, I heard it's been pretty wild.",
      "Did you end up making it to the conference in {month}?",
    ],
    external: [
      "Hey, doing well thanks, it's been a hectic week.",
      "Weekend was good, we finally got some time outside with the kids.",
      "Mostly remote these days, I go in on Tuesdays and Thursdays.",
      "Thanks, yeah, the team has been heads down on that launch for months.",
      "It's been raining nonstop, so I'm happy to be inside on calls today.",
      "I did, it was great, a lot of good sessions on revenue operations.",
    ],
  },
  "Call Setup": {
    internal: [
      "I'd love to spend the first few minutes understanding where things stand at {customer}.",
      "Here's what I was thinking for the agenda, and tell me if you'd like to change anything.",
      "We have about thirty minutes today, does that still work on your side?",
      "I've brought a colleague from our solutions team who can go deeper on the technical side.",
      "By the end of the call I'd like us to agree on whether it makes sense to keep going.",
    ],
    external: [
      "That agenda works for me.",
      "I have a hard stop at the top of the hour, just so you know.",
      "I've also invited a colleague who might join a bit late.",
      "Sounds good, let's dive in.",
      "Can we make sure we leave some time for questions at the end?",
    ],
  },
  Discovery: {
    internal: [
      "Can you walk me through how your team forecasts today?",
      "What happens when a deal slips, how do you find out about it?",
      "How many reps are on the team right now, and how many are you planning to hire this year?",
      "What made this a priority now rather than six months ago?",
      "Who else is involved when you make a decision like this?",
      "If you could fix one thing in your sales process tomorrow, what would it be?",
      "How are your managers coaching reps today?",
      "What does success look like for you at the end of this quarter?",
      "How much time do your reps spend updating the CRM every week?",
      "What tools are you using today for call recording and forecasting?",
    ],
    external: [
      "Right now forecasting is mostly spreadsheets and gut feel, honestly.",
      "We have about {seats} reps and we're planning to add another {n} by the end of the year.",
      "Our managers only find out a deal slipped when it's already too late to save it.",
      "The board is asking for a more accurate forecast, that's really what's driving this.",
      "Coaching is pretty ad hoc, managers listen to a call here and there when they have time.",
      "Our VP of Sales and the CFO would both need to sign off on anything like this.",
      "Reps tell me they spend three or four hours a week on admin instead of selling.",
      "We lost two big deals last quarter that we thought were committed.",
      "Ramp time for new hires is around six months, and we want to bring that down.",
      "Our win rate dropped from about thirty percent to twenty two percent this year.",
      "We don't really have visibility into what's happening on calls unless someone tells us.",
    ],
  },
  "Product Demo": {
    internal: [
      "Let me share my screen and show you what this looks like in {product}.",
      "This is the deal board, every open opportunity with its risk signals on one page.",
      "Here you can see the activity on the deal, emails, calls and meetings, all captured automatically.",
      "When a deal goes quiet for more than a week, the manager gets an alert right here.",
      "This is the coaching view, you can jump straight to the moments that matter in a call.",
      "The forecast rolls up from the reps to the managers and then to the VP automatically.",
      "Everything you see here syncs back to your CRM, so reps don't have to type it twice.",
      "Let me show you how a manager would prepare for a one on one using this.",
      "You can build a library of great calls for onboarding new reps.",
      "Can you see my screen okay?",
    ],
    external: [
      "Can you show me how the alerts get configured?",
      "Does that sync both ways with our CRM?",
      "That's really helpful, our managers would love that view.",
      "How long does it take for a call to show up after it ends?",
      "Can reps see their own stats or only the managers?",
      "Yes, I can see your screen.",
      "What happens if the rep forgets to log a meeting?",
      "Could we filter that by region?",
    ],
  },
  Competition: {
    internal: [
      "What did you like about what you've seen so far?",
      "Where do you see the biggest gap today?",
      "Are you looking at any other vendors as part of this evaluation?",
      "A lot of teams we talk to come from {competitor}, what's been your experience with them?",
      "Compared to {competitor}, our forecasting is built on the actual activity data, not just rep input.",
      "We replaced {competitor} at a couple of companies in your space last year.",
      "What would make you choose {competitor} over us?",
    ],
    external: [
      "We're still early in the evaluation.",
      "It will come down to adoption and ease of use.",
      "We're also talking to {competitor}, to be transparent.",
      "We used {competitor} at my last company and adoption was a problem.",
      "{competitor} came in a bit cheaper in their first proposal.",
      "Our IT team already has a relationship with {competitor}, so they'll ask about that.",
      "Honestly the other vendors all look similar on paper, so it comes down to the details.",
    ],
  },
  Pricing: {
    internal: [
      "Let me walk you through the proposal line by line.",
      "That's a fair question, let me check with my team.",
      "We can be flexible on the payment terms.",
      "Most customers your size start with the core package.",
      "The total cost over three years is in the last slide.",
      "Pricing is per seat, and for {seats} seats the list price comes to about {price} a year.",
      "If you can sign before the end of the quarter, I can offer a discount on the first year.",
      "What budget have you set aside for this project?",
      "We can also structure it as a pilot with a smaller number of seats first.",
      "The proposal I sent includes onboarding and premium support in the price.",
      "Is the pricing in line with what you expected?",
      "A multi year agreement would bring the per seat price down quite a bit.",
    ],
    external: [
      "Finance will want to see the total cost over three years.",
      "We usually pay annually, not monthly.",
      "Can you put that in writing for procurement?",
      "That's more than we pay for our CRM today.",
      "The pricing is a bit higher than what we had budgeted for this year.",
      "Our budget for this is around {price}, so we'd need to get closer to that.",
      "Is there any flexibility on the per seat price if we commit to more seats?",
      "Procurement will want to see a discount before they approve anything.",
      "We'd need the pricing broken out by module for the finance team.",
      "A pilot could work, but the pricing would need to carry over if we expand.",
    ],
  },
  Security: {
    internal: [
      "Let me pull up the trust center page.",
      "Data retention is configurable per workspace.",
      "We're SOC 2 Type II certified and I can send over the report under NDA.",
      "Single sign on through SSO is included, we support Okta and Azure AD.",
      "All data is encrypted at rest and in transit, and we're GDPR compliant.",
      "Our security team can join a call to go through your security review questionnaire.",
      "We run an annual penetration test with an outside firm and can share the summary.",
    ],
    external: [
      "Legal will review the data processing agreement.",
      "We need to know who at your company can access our recordings.",
      "Our security review usually takes four to six weeks, so we need to start early.",
      "Do you support SSO with Okta?",
      "We'll need the SOC 2 report before legal will look at the contract.",
      "Where is the data hosted, we have customers in Europe so GDPR matters a lot.",
      "Our CISO will want to see the latest penetration test results.",
    ],
  },
  Implementation: {
    internal: [
      "Your admin will have a dedicated contact on our side.",
      "We'll check in every week for the first month.",
      "Let's pick the first team to go live.",
      "I'll share the project plan right after this session.",
      "Here's the checklist we'll go through today.",
      "Onboarding usually takes about six weeks from kickoff to full rollout.",
      "We'll start by connecting your CRM and calendar, that's usually a single afternoon.",
      "For the implementation I'd suggest we start with one team and then roll out to everyone.",
      "Your admin will get training in the first week, and reps get a thirty minute session.",
      "Let's go through the rollout plan step by step.",
      "We'll set up the trackers and scorecards together in the second session.",
      "Once the integration is live, historical calls from the last ninety days get imported.",
      "Let me show you where the admin settings live so your team can manage permissions.",
      "The most successful rollouts have an executive sponsor who checks adoption every week.",
      "We'll set up the dashboards for each manager so they see their own team first.",
    ],
    external: [
      "Our IT team wants to review the permissions first.",
      "Can we get a sandbox to test with?",
      "The first team would be the mid-market reps.",
      "We'll need to update our call recording policy.",
      "Who do we contact if something breaks?",
      "Who on our side needs to be involved in the implementation?",
      "Our CRM admin is pretty stretched, how much of their time will this take?",
      "Can we do the rollout team by team instead of all at once?",
      "We'd like the onboarding done before our sales kickoff in {month}.",
      "How do we handle reps in regions where call recording needs consent?",
      "What does the training look like for the managers?",
      "We want to make sure the integration doesn't create duplicate records.",
      "Can we import our existing call library during onboarding?",
    ],
  },
  Renewal: {
    internal: [
      "Let me share the usage report for the last quarter.",
      "Which teams would benefit most from more training?",
      "What changed on your side since we last spoke?",
      "Your renewal is coming up in {month}, so I wanted to review how things have gone this year.",
      "Adoption is strong, about eighty percent of your reps log in every week.",
      "Are there any teams that aren't getting value out of it yet?",
      "For the renewal we'd like to talk about adding the forecasting module.",
      "What would you need to see to expand to the rest of the sales org?",
    ],
    external: [
      "The dashboards have become part of our weekly sales meeting.",
      "Our new managers ramped faster with the call library.",
      "I'd like to see more usage from the SDR team.",
      "The forecasting piece is what leadership cares about most.",
      "We've had a couple of support tickets, but they were resolved quickly.",
      "Overall the team is happy, the managers use it every day.",
      "Finance is asking us to cut costs, so the renewal will get a close look.",
      "We've had some reps who never really adopted it, so we might reduce seats.",
      "If we renew, we'd want a better price on the multi year option.",
      "We're considering whether to cancel the add on we bought last year.",
    ],
  },
  "Pipeline Review": {
    internal: [
      "Let's go deal by deal, starting with the biggest ones in commit.",
      "What's the next step on {customer} and when is it scheduled?",
      "I'm worried about {customer}, there hasn't been any activity in two weeks.",
      "Who's the economic buyer on this deal, and have we met them yet?",
      "Can you pull this one into this quarter or is it really next quarter?",
      "The forecast for this month is only at sixty percent of target, we need to find more pipeline.",
      "They mentioned {competitor} again on the last call, what's our plan there?",
      "Let's get the security review started on {customer} this week so it doesn't block us.",
      "What did the champion say when you walked through the pricing?",
      "I'd like to join the next call on {customer} if that's okay with you.",
    ],
    external: [],
  },
  "Next Steps": {
    internal: [
      "Does that timeline work for your team?",
      "Who else should be in the room next time?",
      "I'll put together a summary for your leadership.",
      "As a next step, I'll send over the proposal by {day}.",
      "Let's get a follow up on the calendar for next week, does {day} work?",
      "I'll send a calendar invite for the technical deep dive with your IT team.",
      "I'll follow up with a summary of today's call and the materials we discussed.",
      "Next step on our side is to get you the security documentation.",
      "Can we agree on a mutual plan with dates so we hit your timeline?",
    ],
    external: [
      "That works for us.",
      "Let's aim to decide by the end of the month.",
      "{day} works for me, send over the invite.",
      "I'll loop in our VP of Sales for the next meeting.",
      "Send over the proposal and I'll review it with the finance team.",
      "Let me check with procurement and follow up by end of week.",
      "Sounds good, I'll share the requirements document before the next call.",
      "I need to talk to my team first, then I'll get back to you.",
    ],
  },
  Introduction: {
    internal: [
      "Hi {name}, this is {me} from Acme Sales, did I catch you at a bad time?",
      "I'll be brief, I'm calling because we help sales teams like yours forecast more accurately.",
      "I noticed {customer} has been hiring a lot of reps lately, so I thought I'd reach out.",
      "Would it be crazy to spend two minutes on why I'm calling?",
    ],
    external: [
      "I've got a couple of minutes, what's this about?",
      "Who did you say you were with?",
      "We're pretty busy right now, but go ahead.",
      "Sure, I can give you a minute.",
    ],
  },
  Voicemail: {
    internal: [
      "Hi {name}, this is a quick message from Acme Sales about your team's forecasting process.",
      "I'll send you a short email as well, and I'll try you again on {day}.",
      "You can reach me at this number any time, thanks and have a great day.",
    ],
    external: [],
  },
};

/** Key points and next steps per kind of conversation, with the same placeholders plus {host} and {contact}. */
export type SummaryKind = "sales" | "prospecting" | "onboarding" | "renewal" | "internal";

export const keyPointBanks: Record<SummaryKind, readonly string[]> = {
  sales: [
    "{customer} forecasts mostly in spreadsheets and wants more accuracy for the board.",
    "The team has about {seats} reps and plans to grow this year.",
    "{customer} is also evaluating {competitor}.",
    "Managers lack visibility into deals until they slip.",
    "Budget needs approval from the CFO and the VP of Sales.",
    "Security review must start early; it takes four to six weeks.",
    "Reps spend several hours a week on CRM admin.",
    "Pricing came in above the budget {customer} had planned.",
  ],
  prospecting: [
    "{contact} is open to a discovery meeting.",
    "{customer} forecasts in spreadsheets today.",
    "Managers find out about slipped deals too late.",
    "{customer} plans to look at tools next quarter.",
  ],
  onboarding: [
    "CRM and calendar integrations are connected.",
    "Rollout will start with one team, then expand to the rest of sales.",
    "Admins and managers get training in the first two weeks.",
    "Consent for call recording in some regions needs legal input.",
    "Historical calls from the last ninety days will be imported.",
  ],
  renewal: [
    "Adoption is high among managers; some reps never adopted the product.",
    "Finance is pushing for lower cost at renewal.",
    "{customer} is open to a multi-year agreement at a better price.",
    "Expansion to the forecasting module is under discussion.",
  ],
  internal: [
    "Several commit deals have had no activity for two weeks.",
    "{competitor} keeps coming up in late-stage deals.",
    "The team needs more pipeline to hit this quarter's target.",
    "Security reviews are a recurring blocker; start them earlier.",
  ],
};

const customerNextSteps = [
  "{host} to send the proposal to {contact} by {day}.",
  "Schedule a technical deep dive with the {customer} IT team.",
  "{contact} to share the requirements document before the next call.",
  "{host} to send the SOC 2 report and security documentation.",
  "Book a follow-up meeting with the VP of Sales at {customer}.",
  "{contact} to confirm budget with finance by end of week.",
  "Agree on a mutual action plan with dates for the decision.",
];

export const nextStepBanks: Record<SummaryKind, readonly string[]> = {
  sales: customerNextSteps,
  onboarding: customerNextSteps,
  renewal: customerNextSteps,
  prospecting: [
    "{host} to send {contact} a short overview by email.",
    "Book a discovery meeting with {contact} for {day}.",
    "{host} to call {contact} again next week.",
  ],
  internal: [
    "{host} to review commit deals with each rep before {day}.",
    "Update close dates in the CRM for deals that slipped.",
    "Start security reviews on late-stage deals this week.",
    "Share the {competitor} talk track with the team.",
  ],
};
