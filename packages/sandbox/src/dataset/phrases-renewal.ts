// The renewal review: how the year went, who uses the product, cost pressure and what comes next.
import type { TopicBank } from "./phrase-types.js";
import { laterRenewalSubjects, moreRenewalSubjects } from "./phrases-account-more.js";
import { renewalGeneral } from "./phrases-general.js";

export const renewal: TopicBank = {
  style: "interview",
  subjects: [
    {
      label: "Adoption across the sales team",
      point: "Adoption is high among managers; some reps never adopted the product.",
      ask: [
        [
          "Your renewal is coming up in {month}, so how would you say the year has gone?",
          "Which teams would you say get the most out of it today?",
          "Your renewal is coming up in {month}, so I'd love to hear how the year has gone for you.",
        ],
      ],
      tell: [
        "Let me share the usage report for the last quarter.",
        "Adoption is strong, about eighty percent of your reps log in every week.",
        "The {team} team is the outlier, their usage dropped after their manager left.",
        "Managers are the heaviest users, most of them review calls every week.",
        "The SDRs log in, but they mostly use the call library rather than their own calls.",
        "Usage is highest on Mondays, which lines up with your forecast meeting.",
      ],
      answer: [
        "Overall the team is happy, the managers use it every day.",
        "The dashboards have become part of our weekly sales meeting.",
        "We've had some reps who never really adopted it, so we might reduce seats.",
        "The {team} team is a special case, their new manager hasn't been trained yet.",
        "I'd like to see more usage from the SDR team, they're the ones who'd benefit most.",
        "The managers who use it every day are the ones with the best forecast accuracy, which isn't a coincidence.",
        "A few reps only open it when their manager sends them a link, which isn't ideal.",
        "New hires pick it up fastest, they've never known anything else here.",
        "Usage dropped over the summer, but that's true of everything, people were on holiday.",
      ],
    },
    {
      label: "Value delivered this year",
      point: "New managers ramped faster with the call library.",
      ask: [
        [
          "What changed on your side since we last spoke?",
          "Where have you seen the biggest difference this year?",
          "Tell me where you've seen the biggest difference this year.",
        ],
      ],
      tell: [
        "From what we can see, forecast calls got shorter once the managers moved to the deal board.",
        "Your {metric} moved in the right direction, although I know that's not all down to us.",
        "Your managers reviewed about {n} hundred calls this year, up from almost none before.",
        "New hires in the last cohort reached their first deal a few weeks faster than the cohort before.",
        "The forecast call went from an hour and a half to under an hour, according to your VP.",
      ],
      answer: [
        "Our new managers ramped faster with the call library.",
        "The forecasting piece is what leadership cares about most.",
        "We stopped doing the Friday spreadsheet, which people noticed immediately.",
        "Honestly it's hard to put a number on it, but nobody wants to go back.",
        "Our forecast was within a few percent last quarter, which has never happened before.",
        "The board meeting prep went from two days to half a day, that's the part my CEO noticed.",
        "Managers actually listen to calls now, which they basically never did before.",
        "We used the call library to build our new sales playbook, so that was a nice side effect.",
        "The shorter forecast call is the thing my VP mentions whenever your name comes up.",
        "We still don't have a clean before and after number, which makes the renewal harder to argue.",
      ],
    },
    {
      label: "Cost pressure from finance",
      point: "Finance is pushing for lower cost at renewal.",
      ask: [
        [
          "What is finance looking for at this renewal?",
          "Help me understand what finance will be looking for at this renewal.",
        ],
      ],
      tell: [
        "I understand the pressure, and I'd rather right-size the contract than have you pay for unused seats.",
        "Before we talk about price, let's look at which seats are actually used.",
        "Let's look at the seats that haven't logged in for three months, that's the obvious place to start.",
        "If we reduce seats, I'd want to keep the managers and the ramping reps, they get the most out of it.",
      ],
      answer: [
        "Finance is asking us to cut costs, so the renewal will get a close look.",
        "Every tool is being reviewed this year, it's not just you.",
        "We're considering whether to cancel the add on we bought last year.",
        "If we renew, we'd want a better price on the multi year option.",
        "Our CFO wants every vendor to come back with a lower number, that's the instruction.",
        "We're not looking to cancel, but we do need to show we negotiated.",
        "If we drop {n} seats, can the price per seat stay where it is?",
        "Procurement wants to move to a two year term with a cap on increases.",
        "Finance looks at cost per user, so unused seats are an easy target.",
        "We'll probably lose the seats for the people who left, that's only fair.",
      ],
    },
    {
      label: "Expansion to the forecasting module",
      point: "Expansion to the forecasting module is under discussion.",
      ask: [
        [
          "What would you need to see to expand to the rest of the sales org?",
          "I'd like to understand what you'd need to see before expanding to the rest of the sales org.",
        ],
      ],
      tell: [
        "For the renewal we'd like to talk about adding the forecasting module.",
        "We could start the forecasting module with one region and review after a quarter.",
        "Forecasting uses the data you already have, so there's no new integration work.",
        "The teams that added forecasting last year mostly did it for the board reporting.",
      ],
      answer: [
        "Leadership has asked about forecasting a few times, so the timing is good.",
        "The customer success team has been asking for access too.",
        "If the forecasting module works like the demo, my VP would sign off quickly.",
        "I'd want to pilot it with one region before committing the whole team.",
        "We'd need budget for it, and that conversation happens in {month}.",
        "Board reporting is exactly where we struggle, so that's a good angle.",
        "I'd need a clear price for forecasting before I even bring it up internally.",
      ],
    },
    {
      label: "Support experience",
      ask: [
        ["How has the support experience been this year?", "Tell me how support has been for you this year."],
      ],
      tell: [
        "I saw the two tickets from {month}, and I'm sorry the second one took as long as it did.",
        "We've added a named support contact for accounts your size, so that should get easier.",
        "Our help center was rebuilt this year, most admin questions are answered there now.",
      ],
      answer: [
        "We've had a couple of support tickets, but they were resolved quickly.",
        "Our admin would like a named contact instead of the general queue.",
        "Support has been responsive, I have no complaints there.",
        "The one outage in the spring was painful, it happened on the last day of the quarter.",
        "Documentation could be better, our admin often has to ask support for simple things.",
        "Our admin gets quick answers on chat, she actually prefers it to email.",
      ],
    },
    ...moreRenewalSubjects,
    ...laterRenewalSubjects,
  ],
  general: renewalGeneral,
};
