// Further discovery subjects: the sales process and its stages, quota attainment, the handoff to customer
// success, and what leadership sees each week.
import type { Subject } from "./phrase-types.js";

export const extraDiscoverySubjects: readonly Subject[] = [
  {
    label: "Sales process and stages",
    point: "Stages in the CRM don't match how deals really progress.",
    ask: [
      [
        "How well do the stages in your CRM match how deals really move?",
        "Walk me through your sales stages, and where deals tend to get stuck.",
      ],
    ],
    answer: [
      "We have seven stages on paper, but most deals jump from the second one straight to proposal.",
      "Each stage has exit criteria, but honestly nobody checks them.",
      "Deals get stuck in technical validation the most, that's where IT gets involved.",
      "Reps move deals forward when they feel good about them, not when something actually happened.",
      "We redesigned the stages two years ago, and the old ones still show up in reports.",
      "Proposal is the stage where deals go to sleep, some sit there for months.",
      "Our enterprise deals need more stages than the smaller ones, but it's all one process today.",
    ],
    tell: [
      "Exit criteria that nobody checks is really common, the fix is usually making them visible on the deal.",
      "Deals that sit in proposal for months are usually the ones that quietly died weeks ago.",
      "A lot of teams end up with one process for large deals and a lighter one for the rest.",
    ],
  },
  {
    label: "Quota attainment",
    point: "Only about half the reps hit quota last year.",
    ask: [
      [
        "What share of the team hit quota last year?",
        "Tell me how quota attainment looked across the team last year.",
      ],
    ],
    answer: [
      "About half the reps hit their number last year, which is low for us.",
      "The top three reps carried a big part of the team's number.",
      "New hires mostly missed, which we kind of expected in their first year.",
      "Quotas went up by almost a third this year, so I'm nervous about the second half.",
      "We don't really know why some reps hit and others don't, it's a bit of a mystery.",
      "A couple of our best reps left after missing two quarters in a row.",
    ],
    tell: [
      "When a few reps carry the number, the first goal is usually to understand what they do differently.",
      "A big quota increase with the same process tends to show up as a bad second half.",
      "Losing good reps after a bad stretch is expensive, ramping a replacement takes most of a year.",
    ],
  },
  {
    label: "Handoff to customer success",
    ask: [
      [
        "What happens after a deal closes, how does customer success pick it up?",
        "Tell me about the handoff from sales to customer success.",
      ],
    ],
    answer: [
      "There's a handoff call, but customer success usually has to ask the customer the same questions again.",
      "The notes from the sales process are thin, so a lot of context gets lost.",
      "Customer success complains that sales promises things the product doesn't do.",
      "Renewals are owned by customer success, but expansion is still with the account executives.",
      "We've had a couple of customers churn in the first year because the handoff went badly.",
    ],
    tell: [
      "Customers hate repeating themselves, so handoffs are one of the easiest wins.",
      "If customer success can listen to the sales calls, most of the repeated questions go away.",
    ],
  },
  {
    label: "What leadership sees each week",
    point: "Leadership wants one trusted weekly view of the pipeline.",
    ask: [
      [
        "What does your leadership team look at every week?",
        "Walk me through what your CEO sees about sales in a normal week.",
      ],
    ],
    answer: [
      "Every Monday the CEO gets a slide with the forecast and the biggest deals.",
      "The slide takes my ops person half a day to put together.",
      "The CEO mostly asks about the same five deals every week.",
      "Our board wants a pipeline review every month, with more detail than we really have.",
      "Nobody looks at the dashboards we built, they ask me instead.",
      "If the numbers on the slide don't match {crm}, I get a very uncomfortable email.",
    ],
    tell: [
      "Half a day for one slide is a lot, that's usually the first thing teams automate.",
      "When leadership asks a person instead of looking at a dashboard, it usually means they don't trust the data.",
    ],
  },
];
