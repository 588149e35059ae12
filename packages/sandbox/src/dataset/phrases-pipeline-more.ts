// More of the pipeline review: the forecast number, upside, discounts, multi-threading, a champion who left,
// CRM hygiene and coaching on a specific call ({customer} is the deal under review).
import type { Subject } from "./phrase-types.js";

export const morePipelineSubjects: readonly Subject[] = [
  {
    label: "The forecast call for the quarter",
    point: "The team's forecast call for the quarter needs more commit coverage.",
    ask: [
      "What's your call for the quarter, commit and best case?",
      "Has your number changed since last week?",
    ],
    answer: [
      "My commit is {amount}, and best case adds about another {amount} on top.",
      [
        "Same as last week, nothing moved in or out.",
        "I'm taking {customer} out of commit, so my number drops a bit.",
        "My number hasn't moved, but the mix has, one deal in and one out.",
      ],
      "I'm about {pct} percent to my number with commit alone.",
      "Best case depends on {customer}, if they sign this month I'm over.",
      "I'm confident in the commit, the best case is where it gets shaky.",
    ],
    tell: [
      "I need the team at ninety percent of target in commit by the end of the month.",
      "I'd rather have a lower number I believe than a higher one I don't.",
      "When you call a number, tell me what would have to go wrong for you to miss it.",
    ],
  },
  {
    label: "Upside deals",
    ask: ["Is there anything that could come in early this quarter?"],
    answer: [
      "{customer} might come in early if their CFO approves the budget before {month}.",
      "There's one small expansion that could close quickly, maybe {amount}.",
      "Not really, everything I have is realistically next quarter.",
      "The {team} team at {customer} might add seats if the pilot goes well.",
    ],
    tell: [
      "Let's not count on upside, but let's work it anyway.",
      "If {customer} can come in early, find out what they'd need from us to make it happen.",
    ],
  },
  {
    label: "Discount approvals",
    ask: ["Are you going to need a discount to close {customer}?"],
    answer: [
      "They asked for {pct} percent, I think we can get away with less.",
      "Probably, procurement always asks, but the champion isn't pushing for it.",
      "I'd like to offer a multi year discount instead of cutting the first year.",
    ],
    tell: [
      "Anything above fifteen percent goes to the deal desk, so plan for a few days.",
      "Get something back for any discount, a longer term, a case study or a faster signature.",
    ],
  },
  {
    label: "Multi-threading",
    ask: ["How many people at {customer} have you actually spoken to?"],
    answer: [
      "Just the champion and one of her managers, to be honest.",
      "Four people so far, including their head of IT.",
      "I've been trying to get to the CFO, but the champion keeps pushing back.",
      "Their IT lead joined the last call, so that's a second thread at least.",
    ],
    tell: [
      "Single threaded deals are the ones that surprise us, get at least one more person involved.",
      "Ask the champion who else would be affected and offer to run a short session for them.",
    ],
  },
  {
    label: "Champion has left",
    ask: ["I heard the champion at {customer} left, is that right?"],
    answer: [
      "Yes, she left last week, I only found out from her out of office reply.",
      "He's moving to another team, but he says he'll introduce me to his replacement.",
      "I'm still trying to figure out who owns the project now.",
    ],
    tell: [
      "That deal is back to discovery until we know who owns it, let's be honest in the forecast.",
      "Reach out to her replacement this week, and bring something useful, not just a check-in.",
    ],
  },
  {
    label: "CRM hygiene",
    ask: ["Why are there deals in your pipeline with close dates in the past?"],
    answer: [
      "Those are old ones I haven't cleaned up yet, I'll do it today.",
      "A couple of them are really dead, I just didn't want to close them before the review.",
    ],
    tell: [
      "Past close dates make the whole team's forecast look worse than it is.",
      "Every deal needs a next step with a date, otherwise it doesn't belong in the pipeline.",
    ],
  },
  {
    label: "Coaching on a recent call",
    ask: ["I listened to your last call with {customer}, how do you think it went?"],
    answer: [
      "I thought it went well, but I talked too much in the first ten minutes.",
      "The demo part was fine, I didn't handle the pricing question well though.",
      "Honestly, I lost them when they asked about {competitor}.",
      "I ran out of time before we agreed on next steps, which I regret.",
    ],
    tell: [
      "You asked great questions early on, but you jumped to the demo before you understood the problem.",
      "When they raised {competitor}, you got defensive, next time ask what they liked about them.",
      "The part where you summarised their goals back to them was really strong.",
    ],
  },
];
