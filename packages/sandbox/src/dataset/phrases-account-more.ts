// More subjects for existing customers and deals: a renewal's executive sponsor, new uses, the contract and
// the review cadence; a pricing conversation's tiers, services, term and price protection.
import type { Subject } from "./phrase-types.js";

export const moreRenewalSubjects: readonly Subject[] = [
  {
    label: "Executive sponsor",
    point: "A new executive sponsor needs to see the value before the renewal.",
    ask: [
      [
        "Who's the executive sponsor on your side now?",
        "Has anything changed in the leadership team this year?",
        "Tell me who the executive sponsor is on your side these days.",
      ],
    ],
    tell: [
      "It would help to walk your new CRO through the results before the renewal date.",
      "I can prepare a one page summary with the numbers your leadership cares about.",
      "Sponsors who see the results every quarter are the ones who defend the budget.",
      "A short call with your CRO before {month} would be the single most useful thing.",
    ],
    answer: [
      "Our CRO changed in {month}, and she doesn't know the history with you yet.",
      "The sponsor is still our VP of Sales, but his attention is on hiring right now.",
      "Leadership is mostly new, so we'll have to make the case again from scratch.",
      "A one page summary would help, nobody reads long decks here.",
      "I'll try to get you fifteen minutes with her before the end of the month.",
    ],
  },
  {
    label: "New uses beyond sales",
    point: "Other teams want to use the product beyond sales.",
    ask: [
      [
        "Are other teams asking to use it?",
        "Has customer success looked at it at all?",
        "I'm curious whether other teams have been asking to use it.",
      ],
    ],
    tell: [
      "Customer success teams use the same recordings to spot churn risk early.",
      "Product teams like listening to customer calls, it's the cheapest research they'll ever get.",
      "Adding another team later is simple, it's mostly permissions and a short training.",
      "We could give product a few read-only seats to start, that's a small change.",
    ],
    answer: [
      "Our product managers have been asking to listen to calls for months.",
      "Customer success would love it, but they don't have budget this year.",
      "Marketing wants to use the calls for messaging research, which I think is a good idea.",
      "I'm worried about spreading it too thin before sales is fully using it.",
    ],
  },
  {
    label: "Contract terms",
    point: "{customer} wants a longer term with a cap on price increases.",
    ask: [
      [
        "What would your ideal contract look like for the next term?",
        "Walk me through what an ideal contract looks like for you for the next term.",
      ],
    ],
    tell: [
      "A two year term with a fixed price is something we can usually do.",
      "If you add seats mid-term, they come in at the same price and end on the same date.",
      "We can also give you the option to reduce seats once, at the anniversary.",
    ],
    answer: [
      "Two years with a fixed price would make finance a lot happier.",
      "The option to reduce seats would help me get this approved.",
      "We'd want the add-on seats to be co-termed, managing two dates is a pain.",
      "Legal will want to reuse last year's paper, so please keep the changes small.",
    ],
  },
  {
    label: "Review cadence",
    tell: [
      "I'd like to set up a quarterly business review, short, with your VP in the room.",
      "Each review would cover usage, results against the goals and what's coming next.",
      "Between reviews, I'll send a monthly usage summary to you and your admin.",
    ],
    ask: ["Would a quarterly review with your VP work?"],
    answer: [
      "Quarterly works, monthly would be too much for our VP.",
      "Let's keep it to thirty minutes, she'll lose interest after that.",
    ],
  },
];

export const laterRenewalSubjects: readonly Subject[] = [
  {
    label: "Training refresh",
    point: "A training refresh is planned for newer reps and managers.",
    ask: [
      [
        "When did the team last have any training on it?",
        "I'd like to know when the team last had any training on it.",
      ],
    ],
    tell: [
      "Half of your current users joined after the original training, which explains a lot.",
      "A refresher can be short, forty-five minutes focused on what they use every week.",
      "We can run a separate session for the managers on coaching with the call library.",
    ],
    answer: [
      "Probably not since the rollout, so a lot of people never had any.",
      "The new managers would benefit most, they inherited the tool without any context.",
      "Let's do it before the new quarter starts, when people have a bit more time.",
    ],
  },
  {
    label: "Integration health",
    tell: [
      "One thing I noticed, the calendar sync stopped for a few users in {month}.",
      "It looks like their accounts were moved during your email migration.",
      "Your admin can reconnect them in a couple of minutes, I'll send the steps.",
    ],
    answer: [
      "That explains why some of the calls were missing, we thought it was the recorder.",
      "I'll ask our admin to check the other users as well.",
    ],
  },
  {
    label: "Product roadmap",
    ask: [
      [
        "Is there anything you wish the product did that it doesn't today?",
        "Tell me what you wish the product did that it doesn't do today.",
      ],
    ],
    tell: [
      "A few things on the roadmap line up with what you asked for last year.",
      "Forecast scenarios are coming later this year, which your VP asked about.",
      "I can set up a call with our product team if you'd like to give feedback directly.",
    ],
    answer: [
      "Better reporting for the executives would be my number one request.",
      "I'd love a call with product, we have opinions.",
      "Mostly small things, the search could be smarter.",
    ],
  },
];

export const morePricingSubjects: readonly Subject[] = [
  {
    label: "Package tiers",
    point: "{customer} is weighing the core package against the full platform.",
    tell: [
      "There are three packages, core, professional and the full platform.",
      "Most of what you saw today is in professional, forecasting is in the full platform.",
      "You can mix packages, managers on the full platform and reps on core, for example.",
    ],
    answer: [
      "Mixing packages might work, the reps don't need the forecasting part.",
      "I need to understand exactly what we'd lose with the cheaper package.",
      "Three tiers is fine, but please don't make us pick features line by line.",
    ],
    query: ["Can we move up a tier in the middle of the contract?"],
  },
  {
    label: "Services and onboarding",
    point: "Onboarding services are quoted separately from the licenses.",
    tell: [
      "Onboarding is a fixed fee and covers the six week project with a dedicated manager.",
      "For a team your size, most customers don't need anything beyond the standard package.",
      "If you'd like us to run the training for every team, that's an additional package.",
    ],
    answer: [
      "I'd rather pay for proper onboarding than have a failed rollout.",
      "Finance will ask why services are a separate line.",
      "Our ops team can do some of the training themselves to keep the cost down.",
    ],
  },
  {
    label: "Price protection",
    point: "{customer} wants price protection on renewal.",
    tell: [
      "We can cap the increase at renewal, that's something we do for multi year agreements.",
      "The seat price stays the same if you add people during the term.",
    ],
    answer: [
      "We got hit with a big increase from another vendor last year, so a cap matters.",
      "Price protection would make the longer term much easier to sell internally.",
    ],
    query: ["What's the usual increase at renewal?"],
  },
  {
    label: "Legal terms and paperwork",
    point: "Legal review of the contract paper is the next hurdle.",
    tell: [
      "We can work on your paper or ours, whichever is faster for your legal team.",
      "Most customers sign our standard terms with a few small changes.",
      "I'll send the order form and the terms together so legal sees everything at once.",
    ],
    answer: [
      "Legal insists on our own paper for anything over a certain size.",
      "The liability clause is usually where our lawyers get stuck.",
      "Send everything together, please, piecemeal reviews take forever here.",
    ],
  },
];
