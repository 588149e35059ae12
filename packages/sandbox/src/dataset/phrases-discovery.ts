// Discovery: the rep asks about one part of the customer's sales process at a time, the customer explains it
// at length, the rep reflects on what they heard and what other teams do.
import type { TopicBank } from "./phrase-types.js";
import { extraDiscoverySubjects } from "./phrases-discovery-extra.js";
import { discoveryGeneral, moreDiscoverySubjects } from "./phrases-discovery-more.js";

export const discovery: TopicBank = {
  style: "interview",
  subjects: [
    {
      label: "Current forecasting process at {customer}",
      point: "{customer} forecasts mostly in spreadsheets and wants more accuracy for the board.",
      ask: [
        [
          "Can you walk me through how your team forecasts today?",
          "When the number goes to the board, where does it actually come from?",
          "Walk me through how your forecast comes together, from the rep's number to the board.",
          "I'd love to hear how the forecast gets built today, step by step.",
        ],
      ],
      answer: [
        "Right now forecasting is mostly spreadsheets and gut feel, honestly.",
        "Every Monday the managers pull a report out of {crm} and then adjust it by hand.",
        "Each manager has their own sheet, and they all calculate things a little differently.",
        "By the time it reaches me it's Wednesday, and half of it is already out of date.",
        "We call it a commit number, but in practice people commit to whatever they think I want to hear.",
        "Last quarter we were off by about fifteen percent, and that was considered a good quarter.",
        "Our CFO has started building her own version of the forecast because she doesn't trust ours.",
        "The roll-up alone takes my ops person most of a day every week.",
      ],
      tell: [
        "That's really common, the spreadsheet becomes the system of record without anyone deciding it should.",
        "What we usually see is that the manual roll-up hides the deals that are quietly going sideways.",
        "When {peer} moved off spreadsheets, the first thing they noticed was how many deals had no next step at all.",
      ],
    },
    {
      label: "Deals slipping without warning",
      point: "Managers lack visibility into deals until they slip.",
      ask: [
        [
          "What happens when a deal slips, how do you usually find out about it?",
          "Think of the last deal that slipped, when did you first hear it was in trouble?",
          "Tell me about the last deal that slipped and how you found out.",
        ],
      ],
      answer: [
        "Our managers only find out a deal slipped when it's already too late to save it.",
        "Usually the rep tells us on the last day of the quarter, which is the worst possible time.",
        "We lost two big deals last quarter that we thought were committed.",
        "In one of them the champion had left the company a month earlier and nobody noticed.",
        "The other one went quiet for three weeks, and the rep kept it in commit the whole time.",
        "Looking back, the signals were all there, we just weren't looking at the right things.",
        "I don't blame the reps, they're optimistic by nature, that's part of why they're good at the job.",
        "It's not that people hide things, it's that nobody has time to look at every deal every week.",
      ],
      tell: [
        "That pattern of a deal going quiet for a few weeks is one of the strongest risk signals we track.",
        "A champion leaving is brutal, and it's almost always visible in the activity before anyone says it out loud.",
        "What we hear from managers is that they don't need more data, they need to know which five deals to look at.",
      ],
    },
    {
      label: "Team size and hiring plans",
      point: "The team has about {seats} reps and plans to grow this year.",
      ask: [
        [
          "How many reps are on the team right now, and how many are you planning to hire this year?",
          "How is the team structured today, by region or by segment?",
          "Give me a sense of how the team is set up today and where it's growing.",
        ],
      ],
      answer: [
        "We have about {seats} reps and we're planning to add another {n} by the end of the year.",
        "It's split by segment, so there's a {team} team and an enterprise team with separate managers.",
        "We hired a lot last year, and honestly we're still digesting that.",
        "Each manager has seven or eight reps, which is already a bit too many for proper coaching.",
        "The SDRs sit under marketing right now, but that might change next year.",
        "We're also opening a small team in Europe, probably three or four people to start.",
        "Attrition was higher than we'd like last year, so some of the hiring is just backfill.",
      ],
      tell: [
        "With that many new people coming in, ramp time is going to matter a lot for your number next year.",
        "Eight reps per manager is about where coaching starts to slip, in our experience.",
      ],
    },
    {
      label: "How managers coach reps today",
      point: "Coaching is ad hoc; managers rarely listen to calls.",
      ask: [
        [
          "How are your managers coaching reps today?",
          "When a manager wants to help a rep on a deal, what does that look like?",
          "Tell me a bit about how coaching works on your team today.",
        ],
      ],
      answer: [
        "Coaching is pretty ad hoc, managers listen to a call here and there when they have time.",
        "Most of it happens in one on ones, and those are mostly spent going through the pipeline.",
        "Our best manager rides along on calls, but he can't do that for everyone.",
        "We have a sales methodology, but I couldn't tell you how consistently it's used on calls.",
        "New managers especially struggle, they were great reps but nobody taught them how to coach.",
        "The reps say they want more feedback, and the managers say they don't have the time.",
        "I'd love to know what our top performers do differently, because right now it's tribal knowledge.",
      ],
      tell: [
        "Most teams we work with start by having managers review two or three calls per rep each month.",
        "The shift we usually see is one on ones moving from pipeline updates to actual skill coaching.",
        "When you can see what your top reps do on calls, you can turn it into something the rest of the team can copy.",
      ],
    },
    {
      label: "Time reps spend on CRM admin",
      point: "Reps spend several hours a week on CRM admin.",
      ask: [
        [
          "How much time do your reps spend updating the CRM every week?",
          "I'm curious how much of a rep's week goes into updating the CRM.",
        ],
      ],
      answer: [
        "Reps tell me they spend three or four hours a week on admin instead of selling.",
        "They'd say data entry, without any doubt.",
        "We made next steps a required field, and now half of them just say follow up.",
        "The notes in {crm} are so thin that when a rep leaves, we basically start from zero on their accounts.",
        "We tried a plugin that logs emails automatically, but it created a lot of duplicate contacts.",
        "Friday afternoons are basically CRM cleanup time before the forecast call.",
        "I get it, nobody became a salesperson because they love typing notes.",
      ],
      tell: [
        "Capturing the activity automatically usually gives reps a couple of hours back every week.",
        "The duplicate contact problem is a real one, that's something we'd want your {crm} admin involved in early.",
      ],
    },
    ...moreDiscoverySubjects,
    ...extraDiscoverySubjects,
  ],
  general: discoveryGeneral,
};
