// The wrap-up: what each side will do next. A subject's point is the next step a summary lists when it was
// agreed on the call ({host} and {contact} are the call's host and main customer contact).
import type { Subject, TopicBank } from "./phrase-types.js";
import { nextStepsGeneral } from "./phrases-general.js";

/** Goodbyes at the end of a call with a customer. */
const farewells: Subject = {
  label: "",
  tell: [
    "Thanks everyone, this was really helpful.",
    "Great, thanks for your time today, talk soon.",
    "Appreciate it, have a good rest of your day.",
    "Thanks again, I'll send the follow-up notes this afternoon.",
  ],
  answer: ["Thanks, you too, bye.", "Thanks {name}, talk soon.", "Great, thanks everyone, bye."],
};

export const nextSteps: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Proposal and documents to send",
      point: "{host} to send the proposal to {contact} by {day}.",
      tell: [
        "As a next step, I'll send over the proposal by {day}.",
        "I'll put the proposal together with the two pricing options we talked about.",
        "The proposal will have the seat count and the onboarding plan in it, so you have everything in one place.",
      ],
      ask: ["Who else needs to see the proposal before you can move forward?"],
      answer: [
        "Send over the proposal and I'll review it with the finance team.",
        "If you can get it to me by {day}, I can take it into our leadership meeting.",
        "Make sure the proposal breaks out the onboarding cost, finance always asks about that.",
      ],
    },
    {
      label: "Follow-up meeting scheduled",
      point: "Follow-up meeting with {contact} on {day}.",
      ask: ["Can we get a follow up on the calendar, does {day} work for you?"],
      tell: [
        "I'll send a calendar invite for {day} right after this call.",
        "Let's use the next session to go through the open questions from today.",
      ],
      answer: [
        ["{day} works for me, send over the invite.", "Let me check my calendar, but {day} should be fine."],
        "Mornings are better for me, anything before eleven.",
      ],
    },
    {
      label: "Technical deep dive with IT",
      point: "Schedule a technical deep dive with the {customer} IT team.",
      tell: [
        "I'll send a calendar invite for the technical deep dive with your IT team.",
        "Our solutions engineer will run that session, so your IT folks can ask anything.",
      ],
      answer: [
        "I'll find out who from IT should be there and send you their names.",
        "IT will want to see the integration in detail, so that session makes sense.",
      ],
    },
    {
      label: "Security documentation",
      point: "{host} to send the SOC 2 report and security documentation.",
      tell: [
        "Next step on our side is to get you the security documentation.",
        "I'll send over the SOC 2 report once the NDA is signed.",
      ],
      answer: [
        "Perfect, I'll forward that straight to our security team.",
        "Please include the data processing agreement too, legal will ask for it.",
      ],
    },
    {
      label: "Bringing in the VP of Sales",
      point: "Book a follow-up meeting with the VP of Sales at {customer}.",
      tell: [
        "It would help to get your VP of Sales into the next conversation.",
        "I'm happy to prepare a short summary your VP can read before that meeting.",
      ],
      answer: [
        "I'll loop in our VP of Sales for the next meeting.",
        "Our VP is travelling next week, so it might be the week after.",
      ],
    },
    {
      label: "Mutual plan with dates",
      point: "Agree on a mutual action plan with dates for the decision.",
      ask: ["Can we agree on a mutual plan with dates so we hit your timeline?"],
      tell: [
        "I'll draft the plan with the steps we discussed and you can correct the dates.",
        "Working back from your go-live, the decision would need to happen in about {weeks} weeks.",
      ],
      answer: [
        "Let's aim to decide by the end of the month.",
        "A plan like that would help me internally, so yes, please send it.",
        "The dates depend on procurement more than on me, to be honest.",
      ],
    },
    {
      label: "Budget confirmation",
      point: "{contact} to confirm budget with finance by end of week.",
      tell: ["Once finance confirms the budget, we can lock in the pricing we discussed."],
      answer: [
        "Let me check with procurement and follow up by end of week.",
        "I need to talk to my team first, then I'll get back to you.",
        "I'll have a better answer on budget after our finance review on {day}.",
      ],
    },
    {
      label: "Requirements document",
      point: "{contact} to share the requirements document before the next call.",
      answer: [
        "Sounds good, I'll share the requirements document before the next call.",
        "We put together a list of must-haves, I'll send that over today.",
      ],
      tell: ["That list would help a lot, we can tailor the next session to it."],
    },
  ],
  general: nextStepsGeneral,
  closing: farewells,
};

/** The wrap-up of an internal call: who does what before the next review. */
export const internalNextSteps: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Update close dates in the CRM",
      point: "Update close dates in the CRM for deals that slipped.",
      tell: [
        "Before {day}, please update the close dates on anything that moved.",
        "I want the CRM to match what we said today, otherwise the roll-up is meaningless.",
      ],
      answer: ["I'll clean up my close dates tonight.", "Two of mine need new dates, I'll fix those today."],
    },
    {
      label: "Join the next customer call",
      point: "{host} to join the next call on {customer}.",
      tell: ["I'd like to join the next call on {customer} if that's okay with you."],
      answer: [
        "Sure, it's on {day}, I'll forward you the invite.",
        "That would help, the buyer responds well to leadership.",
      ],
    },
    {
      label: "Start security reviews earlier",
      point: "Start security reviews on late-stage deals this week.",
      tell: ["Let's get the security review started on {customer} this week so it doesn't block us."],
      answer: [
        "I'll send them the questionnaire today.",
        "I'll ask our SE to set up the call with their security team.",
      ],
    },
    {
      label: "Competitive talk track",
      point: "Share the {competitor} talk track with the team.",
      tell: [
        "I'll share the {competitor} talk track in the channel after this.",
        "Please use it on your next calls and tell me what lands and what doesn't.",
      ],
      answer: ["That would help, I'm seeing them in almost every deal now."],
    },
    {
      label: "Commit review one on one",
      point: "{host} to review commit deals with each rep before {day}.",
      tell: ["I'll go through each commit deal with you one on one before {day}."],
      answer: [
        "Works for me, I'll block thirty minutes.",
        "Can we do it Thursday morning, I have customer calls all afternoon?",
      ],
    },
  ],
  closing: {
    label: "",
    tell: ["Okay, good session, thanks everyone.", "That's it for today, go close some deals."],
    answer: ["Thanks, talk later.", "Thanks, see you next week."],
  },
};

/** The wrap-up of an onboarding session: homework and the next working session, not a proposal. */
export const onboardingNextSteps: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Next working session scheduled",
      point: "Next working session with {contact} on {day}.",
      ask: ["Does {day} work for the next working session?"],
      tell: [
        "Let's pick up on {day} with whatever is still open from today.",
        "I'll send the invite for {day} and include the checklist so everyone can prepare.",
      ],
      answer: [
        "{day} works, same time as today.",
        "Let's do {day}, but can we make it an hour instead of ninety minutes?",
      ],
    },
    {
      label: "Homework for the admin",
      point: "{contact} to finish the CRM field mapping before the next session.",
      tell: [
        "The one thing I'd ask from your side is to finish the field mapping before we meet again.",
        "If the mapping is done by {day}, we can run the first full sync in the next session.",
      ],
      answer: [
        "I'll get the mapping done this week.",
        "Our admin is on it, I'll chase him if it's not done by {day}.",
      ],
    },
    {
      label: "Training invitations",
      point: "{host} to send training invitations for the first team.",
      tell: [
        "I'll send the training invitations for the first team this afternoon.",
        "The managers' session comes first, then the reps a couple of days later.",
      ],
      answer: ["Send them to me first, I'll forward them so people know it's coming from me."],
    },
    {
      label: "Project plan and notes",
      point: "{host} to share the project plan and session notes.",
      tell: [
        "I'll update the project plan with today's decisions and share it by end of day.",
        "The notes will list every setting we changed, so your team has a record.",
      ],
      answer: ["Great, I'll share the plan with my VP so she knows where we are."],
    },
    {
      label: "Sign-off on the recording notice",
      point: "{contact} to get legal sign-off on the recording notice.",
      tell: ["Once legal approves the notice wording, we can switch the recorder on for the first team."],
      answer: ["I'll send the wording to legal today, they usually take a few days."],
    },
  ],
  general: nextStepsGeneral,
  closing: farewells,
};
