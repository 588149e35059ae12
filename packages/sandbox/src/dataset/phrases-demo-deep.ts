// Deeper demo subjects for longer demos: shared deal plans, account planning, methodology inside deals,
// win-loss analysis, reps coaching themselves, and the admin controls.
import type { Subject } from "./phrase-types.js";

export const deepDemoSubjects: readonly Subject[] = [
  {
    label: "Shared deal plans with the buyer",
    point: "A shared plan keeps the buyer and the rep on the same dates.",
    tell: [
      "This is a shared plan, the rep and the buyer work from the same list of steps.",
      "Each step has an owner and a date, on either side.",
      "The buyer gets a link, no login needed, and can tick things off themselves.",
      "For {demo}, you can see the security review is the step that's running late.",
      "When a buyer stops opening the plan, that's another early warning for the manager.",
      "Reps start from a template, so they're not building a plan from scratch every time.",
      "The plan also shows up on the deal board, so managers see progress without asking.",
    ],
    answer: [
      "We try to do this in a spreadsheet today, but buyers never open it.",
      "A template would help, every rep does it differently right now.",
    ],
    query: ["Can the buyer add their own steps to the plan?"],
  },
  {
    label: "Account planning",
    tell: [
      "For bigger accounts, there's an account plan with the people, the history and the open deals.",
      "You can see who we know at {demo} and how recently anyone spoke to them.",
      "White space shows the divisions we haven't sold to yet.",
      "The plan updates itself from calls and emails, the rep adds the strategy on top.",
      "Account managers use it before quarterly business reviews.",
      "Here's the org chart for {demo}, built from everyone who's been on a call or an email.",
    ],
    answer: [
      "Our account managers would love the org chart, they build those by hand today.",
      "White space is something leadership keeps asking about.",
    ],
    query: ["Can we add people to the org chart who haven't been on a call yet?"],
  },
  {
    label: "Methodology inside deals",
    point: "The sales methodology shows up inside each deal as questions to answer.",
    tell: [
      "If you use a methodology, its questions can sit right on the deal.",
      "Some answers are suggested from the calls, so the rep only has to confirm them.",
      "Here for {demo}, the decision process is filled in, but nobody has identified the pain yet.",
      "Managers can sort deals by how complete the methodology is.",
      "It turns the methodology from a training session into something people use every day.",
      "Teams that do this well usually see cleaner forecasts within a quarter.",
    ],
    answer: [
      "We trained everyone on a methodology last year, and it's already fading.",
      "Suggested answers from calls would take a lot of the admin away.",
    ],
    query: ["Can we use our own version of the methodology with different questions?"],
  },
  {
    label: "Win-loss analysis",
    point: "Win-loss analysis shows why deals are won and lost.",
    tell: [
      "This page looks at won and lost deals side by side.",
      "Won deals had more people involved and more meetings in the first month.",
      "Lost deals often went quiet right after the pricing conversation.",
      "You can filter by competitor, so you see how deals against {competitor} usually go.",
      "Product teams like this page too, it shows which features come up in lost deals.",
      "The reasons come from what was said on calls, not just the field in {crm}.",
    ],
    answer: [
      "Our loss reasons in {crm} are useless, so this would be a big step up.",
      "The part about going quiet after pricing sounds very familiar.",
    ],
    query: ["How many deals do we need before the analysis is meaningful?"],
  },
  {
    label: "Reps coaching themselves",
    tell: [
      "Reps can review their own calls privately before anyone else sees them.",
      "They get simple stats, talk ratio, longest monologue, how many questions they asked.",
      "Many reps set their own goals, like asking more questions in discovery.",
      "They can also listen to the top performers' calls on the same kind of deal.",
      "We see the best reps use this more than anyone else, which probably isn't a coincidence.",
    ],
    answer: [
      "Our competitive reps would love seeing their own stats.",
      "Private review first is important, people get defensive otherwise.",
    ],
    query: ["Can a rep hide a call they're not proud of?"],
  },
  {
    label: "Admin controls",
    point: "Admins control permissions, recording rules and retention centrally.",
    tell: [
      "I'll just show you quickly what your admin would see.",
      "Permissions, recording rules and retention all live in one place.",
      "Every change is logged with who made it and when.",
      "You can see each integration's status at a glance, green means it's syncing.",
      "Most admins spend about an hour a month here once things are set up.",
    ],
    answer: ["An hour a month is about what our admin can spare.", "The change log will keep IT happy."],
    query: ["Can we have different admins for different regions?"],
  },
];
