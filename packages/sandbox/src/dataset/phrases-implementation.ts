// Onboarding and implementation: Acme's team walks the customer's admins through each part of the setup, the
// customer raises their constraints.
import type { TopicBank } from "./phrase-types.js";
import { extraImplementationSubjects } from "./phrases-implementation-extra.js";
import {
  implementationGeneral,
  implementationRoutine,
  moreImplementationSubjects,
} from "./phrases-implementation-more.js";
import { workshopSubjects } from "./phrases-workshop.js";

export const implementation: TopicBank = {
  style: "presentation",
  subjects: [
    {
      label: "CRM and calendar integration",
      point: "CRM and calendar integrations are connected.",
      tell: [
        "We'll start by connecting {crm} and your calendar, that's usually a single afternoon.",
        "The integration needs an admin account on your side with read and write access to opportunities.",
        "Once it's connected, we match every existing account and contact before anything is written back.",
        "Here's the mapping screen, your stages on the left and how we treat them on the right.",
        "Your stage called {stage} maps to one of our late stages, so deals there count as advanced.",
        "Custom fields can sync too, but I'd keep it to the five or six that managers really use.",
        "Calendar access lets us record meetings automatically, so reps don't have to invite anyone.",
        "We'll run the first sync tonight and check the results together on {day}.",
        "If the admin account has single sign on, we'll need someone who can approve the connection.",
        "Calendar sync looks at the next few weeks, so upcoming meetings appear straight away.",
        "Meetings with only internal people aren't recorded unless you decide otherwise.",
        "Write-back is off until we've checked the matching, so nothing in {crm} changes by surprise.",
      ],
      answer: [
        "Our CRM admin is pretty stretched, so a single afternoon is about what I can get.",
        "We want to make sure the integration doesn't create duplicate records.",
        "We have a lot of custom fields, so we'll need to decide which ones matter.",
        "Our {crm} has a couple of custom objects, I hope that's not a problem.",
        "Half the managers use a shared calendar for their team meetings, does that matter?",
        "I'd rather keep write-back off for the first few weeks, just to be safe.",
      ],
      query: [
        "Who on our side needs to be involved in the implementation?",
        "Can we test the sync on a sandbox first?",
      ],
    },
    {
      label: "User provisioning and permissions",
      point: "Users come from the identity provider; permissions follow roles.",
      tell: [
        "Users come in from your identity provider, so you don't have to create anyone by hand.",
        "Let me show you where the admin settings live so your team can manage permissions.",
        "There are three default profiles, rep, manager and admin, and you can copy them to make your own.",
        "Managers see their own team by default, and you can give directors a wider view.",
        "The {team} team will probably need its own profile since they also handle renewals.",
        "Deactivated users keep their history, so their calls stay available for coaching.",
        "Each user gets a profile and a team, and those two things decide what they can see.",
        "Contractors can get a time-limited account that expires on its own.",
        "If someone moves teams, changing it in your directory moves them here overnight.",
        "Admins can see everything, so I'd keep that list short, two or three people.",
      ],
      answer: [
        "Our IT team wants to review the permissions first.",
        "We need to make sure reps can't see each other's compensation related fields.",
        "We have a few contractors in the SDR team, so the expiry option is useful.",
        "Two admins is plenty, I'd rather not hand that out widely.",
        "People move between teams a lot here, so the overnight sync matters.",
      ],
      query: ["Can managers see calls from other teams?"],
    },
    {
      label: "Recording consent by region",
      point: "Consent for call recording in some regions needs legal input.",
      tell: [
        "Recording consent works differently by region, so let's decide the rules before anyone goes live.",
        "For calls with people in two-party consent states, we can play a short notice at the start.",
        "Meeting invites can include a line that the call will be recorded, with a link to your policy.",
        "Anyone can ask for the recorder to leave, and the rep can stop it with one click.",
        "For Europe most customers use the notice plus an opt-out, but your legal team should confirm.",
        "The notice can be different per country, so your European teams can have their own wording.",
        "We keep a record of every notice that was played, in case anyone asks later.",
        "Internal meetings can be excluded completely, which most customers prefer.",
      ],
      answer: [
        "We'll need to update our call recording policy.",
        "Legal will want to sign off on the wording of the notice.",
        "Some of our customers are very sensitive about recording, so the opt-out has to be easy.",
        "Our German team will need the strictest setting, their works council is very involved.",
        "We have customers in Canada too, I'm not sure what the rules are there.",
      ],
      query: ["How do we handle reps in regions where call recording needs consent?"],
    },
    {
      label: "Trackers and scorecards",
      point: "Trackers and scorecards are set up for the sales methodology.",
      tell: [
        "We'll set up the trackers and scorecards together in the second session.",
        "Trackers listen for words and phrases, like competitor names or pricing questions.",
        "I'd start with five or six trackers, otherwise the signal gets lost.",
        "Scorecards follow your methodology, so each question maps to a step of your sales process.",
        "Managers usually score two or three calls per rep a month once it's running.",
        "We can copy the scorecard {peer} uses and adapt it, which saves a lot of time.",
        "For each competitor we'll add the name and a couple of the ways people misspell it.",
        "Trackers can be limited to what the customer says, which is often more useful.",
        "The scorecard should fit on one screen, otherwise managers stop filling it in.",
        "We'll test the trackers on last month's calls, so you see the results before going live.",
      ],
      answer: [
        "We'd want a tracker for each competitor, that's what leadership asks about most.",
        "Our methodology has seven steps, so the scorecard might get long.",
        "Testing on old calls is a good idea, I want to see how noisy it is.",
        "Our enablement lead should own the scorecard, she wrote the methodology.",
      ],
      query: ["Can reps see their own scorecards?"],
    },
    {
      label: "Manager dashboards",
      point: "Each manager gets a dashboard for their own team.",
      tell: [
        "We'll set up the dashboards for each manager so they see their own team first.",
        "The default dashboard covers activity, deal movement and call reviews.",
        "For the {team} team I'd add a widget for meetings booked per rep per week.",
        "Dashboards can be emailed on a schedule, most managers pick Monday morning.",
        "Each manager can add a widget or two, but the base layout stays the same for everyone.",
        "A director sees the teams under them, with the same layout rolled up.",
        "The first week the numbers look odd because there's no history, that's expected.",
      ],
      answer: [
        "Monday morning is perfect, that's when our pipeline meeting is.",
        "Keeping the layout the same is good, otherwise every manager builds their own mess.",
        "Our directors will want the roll-up view, they run the regional forecast calls.",
      ],
      query: ["Can we hide the dashboards from reps for the first month?"],
    },
    ...moreImplementationSubjects,
    ...extraImplementationSubjects,
    ...workshopSubjects,
  ],
  general: implementationGeneral,
  routine: implementationRoutine,
};
