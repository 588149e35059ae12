// Further implementation subjects: email capture, custom fields, pilot success criteria, telling the reps,
// handing over to the customer's admin, and data clean-up before go-live.
import type { Subject } from "./phrase-types.js";

export const extraImplementationSubjects: readonly Subject[] = [
  {
    label: "Email capture",
    point: "Email capture is limited to work email on accounts in the CRM.",
    tell: [
      "Email capture needs a one-time approval from your email admin.",
      "We only capture email with people at accounts in {crm}, nothing internal or personal.",
      "Reps can mark a thread as private, and it's excluded from then on.",
      "Attachments aren't stored, only the fact that something was sent.",
      "Once it's on, the activity timeline fills up within a day.",
      "I'd switch it on for the first team only and check the results before going wider.",
    ],
    answer: [
      "Our email admin will want the exact permissions written down.",
      "Reps will ask about privacy, so the private thread option is important.",
    ],
    query: ["Does email capture include emails sent from phones?"],
  },
  {
    label: "Custom fields and stages",
    point: "Custom fields and sales stages are mapped to the CRM.",
    tell: [
      "Let's look at your custom fields, there are quite a few on the opportunity.",
      "I'd sync the ones managers actually look at, and leave the rest where they are.",
      "Your forecast category field is the most important one, everything else can wait.",
      "If a stage is renamed in {crm} later, the mapping needs a quick update here too.",
      "Closed stages are handled automatically, you don't need to map them one by one.",
      "We'll keep a copy of the mapping in the project plan so nobody has to remember it.",
    ],
    answer: [
      "We have fields nobody has touched in years, so this is a good excuse to clean up.",
      "The forecast category is a mess right now, each team uses it differently.",
    ],
    query: ["What happens if a field is required in {crm} but empty here?"],
  },
  {
    label: "Pilot success criteria",
    point: "The pilot has agreed success criteria and a review date.",
    tell: [
      "Before the first team starts, let's write down what success looks like for the pilot.",
      "I'd pick three measures at most, more than that and nobody remembers them.",
      "Managers reviewing calls every week is a good one, it's easy to measure and it matters.",
      "Forecast accuracy takes longer to show, so I'd track it but not judge the pilot on it.",
      "We'll review the numbers together after {weeks} weeks and decide on the next wave.",
      "If the pilot misses a measure, it's usually a training gap, and that's fixable.",
    ],
    answer: [
      "My VP will ask for a number, so let's make sure one of them is easy to explain.",
      "Three measures sounds right, I'll run them past the managers.",
    ],
    query: ["What do other customers use as their success measures?"],
  },
  {
    label: "Telling the reps",
    point: "Reps hear about the rollout from their own manager, with a short explanation.",
    tell: [
      "How you announce it to the reps matters more than most people expect.",
      "The best announcements come from the sales leader, not from IT or ops.",
      "I'd explain what's in it for the reps first, less admin and better coaching.",
      "Be open about recording, what's recorded, who can see it and why.",
      "We have a short announcement template you can adapt, I'll send it after this.",
      "Some teams run a short question session with the reps in the first week.",
    ],
    answer: [
      "A few of our reps will be nervous about recording, so the message needs to be clear.",
      "Our VP is happy to send the announcement, she's been pushing for this.",
    ],
    query: ["How did other customers handle reps who didn't want to be recorded?"],
  },
  {
    label: "Handover to the customer's admin",
    point: "The customer's admin owns the setup after the project, with a checklist.",
    tell: [
      "By the end of the project, your admin should be able to run this without us.",
      "The admin checklist covers new users, leavers, permissions and the monthly review.",
      "We'll do the last session with your admin driving and me watching.",
      "After handover, your customer success manager checks in once a month.",
      "Admin changes are logged, so you can always see who changed what and when.",
    ],
    answer: [
      "Our admin is new, so the checklist will be really useful.",
      "I'd like a backup admin as well, in case our main admin is away.",
    ],
    query: ["Can we have more than one admin?"],
  },
  {
    label: "Cleaning up CRM data before go-live",
    point: "Duplicate accounts and old opportunities get cleaned up before go-live.",
    tell: [
      "Before go-live, it's worth cleaning up duplicate accounts, otherwise calls get matched twice.",
      "We ran a report on your data, there are about {n} hundred possible duplicates.",
      "Opportunities that have been open for more than a year are usually dead and should be closed.",
      "Your ops team doesn't need to fix everything, just the accounts the first team works on.",
      "We can send the duplicate report in a spreadsheet so your admin can work through it.",
    ],
    answer: [
      "That number doesn't surprise me, our data has been neglected for a while.",
      "Closing old opportunities will upset a few reps, but it needs to happen.",
    ],
    query: ["Can you merge duplicates for us, or do we have to do it in {crm}?"],
  },
];
