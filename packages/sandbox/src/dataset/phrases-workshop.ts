// Hands-on parts of an implementation, for longer onboarding sessions: recording rules, notifications, the
// team hierarchy, review routines, reporting upwards, deletion requests and transcription languages.
import type { Subject } from "./phrase-types.js";

export const workshopSubjects: readonly Subject[] = [
  {
    label: "Which meetings get recorded",
    point: "Recording rules decide which meetings are recorded automatically.",
    tell: [
      "The recording rules decide which meetings the recorder joins on its own.",
      "The usual rule is every meeting with at least one person from outside the company.",
      "You can exclude meetings by title, so anything called interview or HR is skipped.",
      "Reps can also turn the recorder off for a single meeting from their calendar.",
      "Dial-in participants are recorded too, as long as the meeting itself is recorded.",
      "If a customer asks for the recording to be deleted, the rep can request that right away.",
      "I'd start strict and loosen the rules later, it's easier than the other way round.",
      "Let me show you a preview of which of next week's meetings would be recorded.",
    ],
    answer: [
      "Excluding by title is good, our recruiters use the same calendars.",
      "Board meetings should never be recorded, can we exclude a specific calendar?",
      "The preview is helpful, I can already see a couple that shouldn't be on there.",
      "Our partners join a lot of calls, I'm not sure whether they count as external.",
    ],
    query: ["What happens if someone forwards the invite to a person outside the rules?"],
  },
  {
    label: "Notification settings",
    tell: [
      "Notifications are where most teams either get it right or annoy everyone.",
      "By default, reps get a summary after each call and nothing else.",
      "Managers get a weekly digest, plus alerts for the deals they've chosen to follow.",
      "Anyone can turn individual notifications off, but admins set the defaults.",
      "I'd send fewer notifications in the first month, people need time to get used to it.",
      "Chat notifications go to a channel per team, which keeps things out of personal inboxes.",
    ],
    answer: [
      "Our reps already complain about too many emails, so let's keep it light.",
      "A channel per team works, we already have those for each region.",
      "Managers will want more than the weekly digest, at least at the start.",
    ],
    query: ["Can we turn off the call summary emails for the SDRs?"],
  },
  {
    label: "Team hierarchy",
    point: "The team hierarchy mirrors the CRM roles, with regional directors on top.",
    tell: [
      "The hierarchy decides who sees whose calls, so it's worth getting right.",
      "We can copy it from {crm} roles, or from your directory if that's more accurate.",
      "Directors sit above managers and see all of their teams combined.",
      "Someone can belong to two teams, which helps with people who cover two regions.",
      "Changes to the hierarchy apply overnight, so a reorg doesn't need a project.",
      "Let's check the first team together and make sure every rep is under the right manager.",
    ],
    answer: [
      "Our {crm} roles are out of date, the directory is more reliable.",
      "Two of our managers share a team, so the two-team option will help.",
      "We have a reorg coming in {month}, so it's good that changes are easy.",
    ],
  },
  {
    label: "Review routines for managers",
    point: "Managers agree on a weekly call review routine.",
    tell: [
      "The tool only helps if managers build a habit around it, so let's design that habit now.",
      "A simple routine is two calls per rep per month, with one comment each.",
      "Some managers block thirty minutes on Friday mornings for call reviews.",
      "Reps can nominate a call for review, which makes it feel less like inspection.",
      "After a month, the managers can compare notes on what they're hearing across teams.",
      "We'll build a short list of what to listen for, based on your methodology.",
    ],
    answer: [
      "Friday mornings are good, it's the quietest time of the week for us.",
      "Letting reps nominate calls is a great idea, it changes the whole tone.",
      "Two calls per rep is realistic, any more and it won't happen.",
    ],
  },
  {
    label: "Reporting to leadership",
    point: "A monthly report to leadership covers adoption and early results.",
    tell: [
      "Leadership will want to know if this is working, so let's agree on what they see.",
      "A monthly one-pager with adoption and two or three early results is usually enough.",
      "The report can be scheduled, so it lands in their inbox on the first Monday of the month.",
      "In the first quarter, adoption is the story, results come after that.",
      "I'd include one good call example each month, leaders like hearing the actual customer.",
    ],
    answer: [
      "My VP will read a one-pager, anything longer gets ignored.",
      "Including a call example is clever, it makes it real for them.",
    ],
    query: ["Can we add our own numbers to the report, like pipeline created?"],
  },
  {
    label: "Deletion requests and retention",
    point: "Deletion requests and retention are handled by the admin.",
    tell: [
      "If a customer asks you to delete their data, the admin can find every call and email with them.",
      "Deletions are permanent and logged, so you can show you handled the request.",
      "Retention runs automatically, calls older than your limit are removed every night.",
      "Calls saved to the library can be kept longer, if your policy allows it.",
      "Legal usually wants to review the retention period once a year.",
    ],
    answer: [
      "We get a couple of deletion requests a year, so it needs to be simple.",
      "Legal will want to know how long the logs themselves are kept.",
    ],
    query: ["Can a rep delete their own call, or only an admin?"],
  },
  {
    label: "Languages and transcription",
    tell: [
      "Transcription works in the main European languages, so your EMEA team is covered.",
      "The language is detected per call, nobody has to set it.",
      "Trackers work per language, so you'll want the competitor names in each one.",
      "Accuracy is highest on good microphones, so headsets make a real difference.",
      "Summaries come out in the language of the call, or in English if you prefer.",
    ],
    answer: [
      "Our French team will be happy, they assumed it would be English only.",
      "Half the team uses laptop microphones, so maybe we should order headsets.",
    ],
    query: ["What happens on calls where people switch between two languages?"],
  },
];
