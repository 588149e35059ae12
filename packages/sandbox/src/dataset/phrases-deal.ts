// The commercial side of a deal: how Acme compares with the competitor the customer is looking at, and the
// pricing conversation.
import type { TopicBank } from "./phrase-types.js";
import { morePricingSubjects } from "./phrases-account-more.js";
import { competitionGeneral, pricingGeneral } from "./phrases-general.js";

export const competition: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "{customer} is also evaluating {competitor}",
      point: "{customer} is also evaluating {competitor}.",
      ask: [
        [
          "Are you looking at any other vendors as part of this evaluation?",
          "I'd like to understand who else you're looking at as part of this evaluation.",
        ],
      ],
      tell: [
        "It's completely normal to look at a few options, I'd do the same.",
        "I'd rather know now who we're up against, so I can make the comparison useful for you.",
      ],
      answer: [
        "We're also talking to {competitor}, to be transparent.",
        "We're still early in the evaluation, so we're keeping our options open.",
        "Honestly the other vendors all look similar on paper, so it comes down to the details.",
        "We had a first call with {competitor} last week and a demo is booked for {day}.",
      ],
    },
    {
      label: "Experience with {competitor}",
      ask: [
        [
          "A lot of teams we talk to come from {competitor}, what's been your experience with them?",
          "What did you like about what you've seen from {competitor} so far?",
          "Tell me about your experience with {competitor} so far.",
        ],
      ],
      tell: [
        "We replaced {competitor} at a couple of companies in your space last year.",
        "The feedback we usually hear is that {competitor} is strong on recording and lighter on forecasting.",
      ],
      answer: [
        "We used {competitor} at my last company and adoption was a problem.",
        "Their demo was slick, but I wasn't sure how much of it was real.",
        "Our IT team already has a relationship with {competitor}, so they'll ask about that.",
        "The reps liked the interface, the managers were less convinced.",
      ],
    },
    {
      label: "Differences from {competitor} on forecasting",
      point: "The comparison with {competitor} comes down to forecasting and adoption.",
      tell: [
        "Compared to {competitor}, our forecasting is built on the actual activity data, not just rep input.",
        "The other difference is how much setup it takes, most of our customers are live in a few weeks.",
        "I'd encourage you to ask both of us for a reference customer your size and call them.",
      ],
      ask: [
        [
          "What would make you choose {competitor} over us?",
          "Where do you see the biggest gap today?",
          "Help me understand what would make you choose {competitor} over us.",
        ],
      ],
      answer: [
        "It will come down to adoption and ease of use.",
        "{competitor} came in a bit cheaper in their first proposal.",
        "If the forecasting works the way you showed it, that's a real difference.",
        "A reference would help, my CFO will want to hear from someone who actually uses it.",
      ],
    },
  ],
  general: competitionGeneral,
};

export const pricing: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Per-seat pricing for {seats} seats",
      point: "Pricing is per seat; {seats} seats list at about {price} a year.",
      tell: [
        "Let me walk you through the proposal line by line.",
        "Pricing is per seat, and for {seats} seats the list price comes to about {price} a year.",
        "Most customers your size start with the core package and add forecasting later.",
        "The proposal I sent includes onboarding and premium support in the price.",
      ],
      ask: ["Is the pricing in line with what you expected?"],
      answer: [
        "That's more than we pay for our CRM today.",
        "We'd need the pricing broken out by module for the finance team.",
        "Does the seat count include managers, or only the reps?",
        "Per seat is fine, but we need to know what happens when people leave mid-year.",
        "The list price is what I expected, the question is what the real price is.",
      ],
      query: ["Is there any flexibility on the per seat price if we commit to more seats?"],
    },
    {
      label: "Budget gap and pilot option",
      point: "Pricing came in above the budget {customer} had planned.",
      ask: ["What budget have you set aside for this project?"],
      tell: [
        "We can also structure it as a pilot with a smaller number of seats first.",
        "If the pilot hits the goals we agree on, the rest of the seats come in at the same price.",
        "Let me see what I can do on the first year, I'll need to check with my team.",
      ],
      answer: [
        "The pricing is a bit higher than what we had budgeted for this year.",
        "Our budget for this is around {price}, so we'd need to get closer to that.",
        "A pilot could work, but the pricing would need to carry over if we expand.",
        "Budget for next year gets set in {month}, so we could plan for more then.",
        "We have some budget left from a project that got cancelled, so there might be room.",
        "I can probably find the money, but not before the start of next quarter.",
      ],
    },
    {
      label: "Discount for signing this quarter",
      point: "A first-year discount is on the table if {customer} signs this quarter.",
      tell: [
        "If you can sign before the end of the quarter, I can offer a discount on the first year.",
        "A multi year agreement would bring the per seat price down quite a bit.",
        "I'd rather find the right structure than just cut the number, so let's look at both options.",
      ],
      answer: [
        "Procurement will want to see a discount before they approve anything.",
        "End of quarter is tight for us, our approvals alone take two weeks.",
        "A multi year deal is possible, but finance will want an exit clause.",
        "If the discount depends on signing this month, tell me now so I can set expectations.",
        "Honestly, a discount helps, but the bigger risk for us is adoption.",
      ],
    },
    {
      label: "Payment terms and procurement",
      point: "Finance wants annual billing and the total cost over three years.",
      tell: [
        "We can be flexible on the payment terms.",
        "The total cost over three years is on the last slide.",
        "Annual billing is standard, and we can align the start date with your fiscal year.",
      ],
      answer: [
        "Finance will want to see the total cost over three years.",
        "We usually pay annually, not monthly.",
        "Procurement has a standard vendor form, I'll send it over so we don't lose time later.",
        "Net sixty is our standard, our finance team won't do net thirty.",
        "We'd want the invoice split by cost center, one for each region.",
      ],
      query: ["Can you put that in writing for procurement?"],
    },
    ...morePricingSubjects,
  ],
  general: pricingGeneral,
};
