// Internal pipeline reviews and one-on-ones: the host goes deal by deal ({customer} is the deal under review
// in each exchange), the reps report, the host coaches.
import type { Subject, TopicBank } from "./phrase-types.js";
import { morePipelineSubjects } from "./phrases-pipeline-more.js";

const pipelineGeneral: Subject = {
  label: "",
  ask: [],
  answer: [
    "The risk is timing, not whether they buy.",
    "Nothing right now, I think I have what I need.",
    "Their team is going through a reorg, so everything takes longer than it should.",
    "We're {days} days into the cycle, which is about average for a deal that size.",
    "The deal is real, the timing is the question.",
    "Their budget cycle ends in {month}, so they have a reason to move.",
    "We had a great workshop with their managers, they're asking all the right questions.",
  ],
  tell: [
    "Okay, moving on.",
    "Good, keep me posted on that one.",
    "Make sure the next step and the date are in the CRM before the end of the day.",
    "That's a good deal, don't let it drift.",
    "Let's talk about that one in our one on one, it needs more time than we have here.",
    "That sounds like hope, not a plan, what would make it real?",
    "I like the plan, just make sure it has dates on it.",
    "That's progress, nice work.",
    "If you need me to call their VP, just say so.",
  ],
};

/** Deal-by-deal questions and updates: the same shapes come back for each deal ({customer}) reviewed. */
const pipelineRoutine: Subject = {
  label: "",
  ask: [
    "What do you need from me on {customer}?",
    "What's the risk on {customer}, in one sentence?",
    "Walk me through {customer}, where are we?",
    "What changed on {customer} since last week?",
    "How confident are you in {customer} for this quarter?",
    "Who's the champion on {customer}, and how strong are they?",
    "When's the next meeting with {customer}?",
    "Where does {customer} sit in the forecast right now?",
    "Is {customer} still real for this quarter?",
    "What did {customer} say on the last call?",
    "What would it take to close {customer} this month?",
  ],
  tell: [
    "I'd like to hear the last call on {customer}, can you send me the link?",
    "If {customer} slips, we need something else to cover that {amount}.",
    "Write down what has to happen on {customer} this week and send it to me.",
    "I'd rather you spend the time on {customer} than on new prospecting this week.",
    "Bring {customer} to the deal review on {day}, I want the SE's view on it.",
    "What's the one thing that could kill {customer}?",
    "Make sure the SE is involved early on {customer}, their IT team will have questions.",
    "Let's keep {customer} in best case until we see the paperwork.",
    "Okay, let's move on from {customer}.",
    "Good, {customer} sounds like it's on track.",
    "I'm not convinced on {customer} yet, show me a signed mutual plan.",
    "Let's revisit {customer} next week and see if anything moved.",
    "On {customer}, make sure the close date reflects their procurement timeline.",
    "Ask {customer} for a reference call before they sign, it'll help us later.",
  ],
  answer: [
    "I could use you on the next call with {customer}, their VP responds better to leadership.",
    "I'll update the notes on {customer} after this so it's all in the CRM.",
    "{customer} is at {amount} in {stage}, and I'd put it at about {pct} percent.",
    "On {customer}, the champion is solid, but we haven't met anyone above her yet.",
    "{customer} asked for a revised proposal, I'm sending it on {day}.",
    "{customer} pushed the decision to {month}, something about a budget freeze.",
    "I had a good call with {customer} on {weekday}, they want to see the forecasting piece again.",
    "The {customer} deal needs legal sign-off, and their legal team is slow.",
    "{customer} added {n} seats to the scope, so the amount went up to {amount}.",
    "Honestly, {customer} is a long shot this quarter.",
    "{customer} is comparing us with {competitor}, but I think we're ahead.",
    "The demo with {customer} went well, their ops lead asked for a trial.",
    "I'm waiting for {customer} to send the redlines back.",
    "{customer} has a new VP of Sales, so I'm basically starting over with her.",
    "Their procurement on {customer} wants three quotes, we're one of them.",
    "{customer} is in {stage}, next meeting is on {day} with their CFO.",
    "I'm meeting {customer} in person on {weekday}, which should help.",
    "{customer} wants references, I've asked two customers already.",
    "I'd call {customer} best case, not commit, if I'm honest.",
    "I need help with the business case for {customer}, their CFO wants numbers.",
    "{customer} is a smaller deal, but it could turn into something much bigger next year.",
    "{customer} went dark after the pricing call, I'm a bit worried.",
    "Nothing new on {customer}, waiting on their side.",
  ],
};

export const pipelineReview: TopicBank = {
  style: "interview",
  subjects: [
    {
      label: "Commit deals without recent activity",
      point: "Several commit deals have had no activity for two weeks.",
      ask: ["Let's start with {customer}, where are we on that one?", "Is {customer} still in commit?"],
      answer: [
        [
          "{customer} is still in commit, I've got a call with their VP on {day}.",
          "Honestly, {customer} has gone quiet, I haven't heard back in about {days} days.",
        ],
        "They told me the budget is approved, we're just waiting on the signature.",
        "I've sent two emails and left a voicemail, nothing yet.",
        "I'm going to try the CFO directly if I don't hear back by {day}.",
        "The last real conversation with {customer} was the demo, and that was a while ago.",
        "Their champion is on leave until {weekday}, so I expected it to be quiet.",
        "I'm planning to send a short summary of what we agreed, that usually gets a reply.",
      ],
      tell: [
        "I'm worried about {customer}, there hasn't been any activity in two weeks.",
        "If nothing happens by {day}, let's move it to best case so the forecast stays honest.",
        "Quiet deals in commit are the ones that hurt us last quarter, let's not repeat that.",
        "Send something useful, a case study or a plan, not another check-in.",
      ],
    },
    {
      label: "Next step and close date",
      ask: [
        "What's the next step on {customer} and when is it scheduled?",
        "Can you pull {customer} into this quarter or is it really next quarter?",
      ],
      answer: [
        "Next step on {customer} is the technical review on {day}.",
        "I think it's really next quarter, their fiscal year starts in {month}.",
        "Close date is the end of the month, and I'd say I'm about {pct} percent confident.",
        "The champion wants to sign, but procurement hasn't even started.",
        "We agreed on a decision by the end of the month, but nothing is on the calendar yet.",
        "The next step is a call with their IT team, they have questions about the integration.",
        "They want a second demo for the managers first, so the date is probably optimistic.",
      ],
      tell: [
        "Let's be realistic about the date, I'd rather have it late and right than early and wrong.",
        "Put the procurement steps in the mutual plan, so we know what's left.",
        "A next step without a date isn't a next step, let's get it on their calendar.",
        "If the second demo is needed, book it this week, not next.",
      ],
    },
    {
      label: "Economic buyer",
      ask: ["Who's the economic buyer on {customer}, and have we met them yet?"],
      answer: [
        "We haven't met the economic buyer yet, my champion keeps saying it's not needed.",
        "The CFO joined the last call for ten minutes, she asked mostly about payback.",
        "I think it's the CRO, but I've only ever talked to people two levels below.",
        "The VP of Sales signs, but the CFO has a veto on anything above a certain amount.",
        "My champion says the budget is already approved, I just haven't seen it in writing.",
      ],
      tell: [
        "If we haven't met the person who signs, it's not a commit deal, it's a hope.",
        "Ask your champion to set up fifteen minutes with the buyer, and offer to bring me along.",
        "Ask the champion how the last purchase of this size got approved, step by step.",
      ],
    },
    {
      label: "Competitive threats in late-stage deals",
      point: "{competitor} keeps coming up in late-stage deals.",
      ask: ["They mentioned {competitor} again on the last call, what's our plan there?"],
      answer: [
        "{competitor} came in with a lower price, and the buyer is using it as leverage.",
        [
          "I don't think {competitor} is a real threat on {customer}, it's more of a price check.",
          "Honestly, I think {competitor} is ahead on {customer}, their champion used them before.",
        ],
        "Their IT team likes {competitor}, so we need to win over the business side.",
        "The buyer said {competitor} offered a free pilot, which is hard to compete with.",
      ],
      tell: [
        "Don't lead with price against {competitor}, lead with the forecasting results from similar customers.",
        "Let's get {customer} a reference call with {peer}, that usually does more than a discount.",
        "A free pilot without success criteria is a trap, offer a short pilot with clear goals instead.",
      ],
    },
    {
      label: "Security reviews blocking deals",
      point: "Security reviews are a recurring blocker; start them earlier.",
      ask: ["Has the security review started on {customer}?"],
      answer: [
        "The security questionnaire went out last week, they said it takes about a month.",
        "Not yet, they want the SOC 2 report first and we're waiting on the NDA.",
        "Their security team asked about data residency, I've looped in our SE.",
        "The review is done, they just need legal to sign the data processing agreement.",
      ],
      tell: [
        "Let's get the security review started on {customer} this week so it doesn't block us.",
        "Send the standard security package with the proposal next time, not after.",
      ],
    },
    {
      label: "Pricing reactions",
      ask: ["What did the champion say when you walked through the pricing?"],
      answer: [
        "The champion was fine with the pricing, but she said finance will push back.",
        "They asked for a discount right away, I said we'd look at it if they sign this quarter.",
        "They want to start with {n} seats fewer than we proposed.",
        "They didn't flinch at the price, which makes me think the budget is there.",
        "They compared it to what they pay for {crm}, which isn't really the right comparison.",
      ],
      tell: [
        "Hold the price for now, and let's see what they come back with after finance.",
        "A smaller start is fine if we agree on the expansion price up front.",
      ],
    },
    {
      label: "Pipeline coverage",
      point: "The team needs more pipeline to hit this quarter's target.",
      ask: [
        "How much new pipeline did you create this month?",
        "Where is next quarter's pipeline going to come from?",
      ],
      answer: [
        "I added about {amount} this month, mostly from inbound.",
        "I've got {n} first meetings booked next week, a couple look promising.",
        "The SDRs have been great for me this month, three of my new opportunities came from them.",
        "Most of my new pipeline is small deals, I need a couple of bigger ones.",
        "Two of my accounts have expansion potential, I'm setting up calls with them next week.",
      ],
      tell: [
        "The forecast for this month is only at sixty percent of target, we need to find more pipeline.",
        "I want everyone to have three times coverage for next quarter by the end of the month.",
        "Look at your closed-lost deals from last year, some of them are worth another call.",
        "Ask your SDR to focus on the accounts where we already know someone.",
      ],
    },
    ...morePipelineSubjects,
  ],
  general: pipelineGeneral,
  routine: pipelineRoutine,
};
