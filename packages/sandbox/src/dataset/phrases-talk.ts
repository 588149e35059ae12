// The talk around the business: greetings, small talk, setting the agenda, and breaks in a long workshop.
import type { Subject, TopicBank } from "./phrase-types.js";

/** Hellos for a call whose first topic has no opening of its own (an onboarding session, a team meeting). */
export const greeting: Subject = {
  label: "",
  query: [["Hi everyone.", "Hey {name}, hi.", "Morning, can you all hear me?"]],
  tell: [
    [
      "Hi everyone, thanks for joining.",
      "Hey {name}, good to see you, let's give people a minute to join.",
      "Okay, I think that's everyone, let's get started.",
    ],
  ],
  ask: [["Can everyone hear me okay?", "How's everyone doing today?"]],
  answer: [["Yep, loud and clear.", "All good here.", "Hi, yes, we can hear you."]],
};

export const smallTalk: TopicBank = {
  style: "interview",
  opening: {
    label: "",
    query: [
      [
        "Hey {name}, hi, sorry, I was just wrapping up another call.",
        "Hi {name}, hello, I think the audio is working now.",
        "Hello, hi {name}, good to see you.",
      ],
    ],
    tell: [
      [
        "Hi {name}, good to see you again.",
        "Hey {name}, thanks for jumping on.",
        "Morning {name}, great to see you.",
        "Hi {name}, I can hear you loud and clear.",
      ],
    ],
    ask: [
      [
        "How have you been since we last spoke?",
        "How's your week going so far?",
        "How are things on your end?",
        "Hope your week's been good so far.",
        "Hope things are good on your end.",
      ],
    ],
    answer: [
      [
        "Doing well, thanks, it's been a hectic week but a good one.",
        "Pretty good, I just came out of back to back meetings, so this is a nice change of pace.",
        "All good here, sorry about the couple of minutes delay, my last call ran over.",
        "Not bad at all, it's been a quiet week, which is exactly what I needed.",
        "Busy, but the good kind of busy, thanks for asking.",
      ],
    ],
  },
  subjects: [
    {
      label: "Weekend plans",
      ordered: true,
      ask: [
        [
          "Did you get up to anything fun over the weekend?",
          "How was your weekend, anything good?",
          "Hope you had a good weekend.",
        ],
      ],
      answer: [
        [
          "We finally got some time outside with the kids, which was great.",
          "Mostly caught up on sleep, honestly, it's been that kind of month.",
          "We had family in town, so it was busy but fun.",
          "I tried a new hiking trail near the lake, highly recommend it if you're ever in the area.",
          "My son had a birthday party, so the house was full of ten year olds for most of Saturday.",
          "I was on call for a release, so not much of a weekend, to be honest.",
        ],
        ["How about you?", "What about you, anything fun?"],
      ],
      tell: [
        [
          "We finally made it to the coast for a couple of days, the kids loved it.",
          "I spent most of Saturday at my daughter's soccer tournament, three games in one day.",
          "Pretty quiet for us, we mostly stayed home and cooked.",
        ],
      ],
    },
    {
      label: "Company news",
      ordered: true,
      ask: [
        [
          "I saw {customer} was in the news last week, congratulations, how has the reaction been internally?",
          "I read the piece about the new office {customer} is opening, that must be exciting, how's the mood?",
        ],
      ],
      tell: ["That's great to hear, it's always nice when the hard work gets noticed."],
      answer: [
        [
          "Thanks, yeah, the team has been heads down on that launch for months.",
          "Thank you, it's been a big moment for everyone here, people are pretty energized.",
          "Thanks, it got a lot more attention than we expected, the phones have been busy since.",
        ],
        "It's been great, although it also means a lot more work landing on my plate.",
      ],
    },
    {
      label: "Weather",
      ordered: true,
      ask: [
        [
          "How's the weather over there, I heard it's been pretty wild?",
          "I heard the weather's been pretty wild over there.",
        ],
      ],
      answer: [
        [
          "It's been raining nonstop, so I'm happy to be inside on calls today.",
          "Honestly it's been lovely, I've been taking calls from the balcony.",
          "It snowed on {weekday}, and by the next morning it was all gone again.",
          "It's finally cooling down, which I'm very happy about.",
        ],
      ],
      tell: [
        [
          "It's been sunny here all week, which almost never happens this time of year.",
          "We had a huge storm on {weekday}, half the neighborhood lost power for a while.",
        ],
      ],
    },
    {
      label: "Working from home",
      ordered: true,
      ask: ["Are you back in the office or still working from home most days?"],
      answer: [
        [
          "Mostly remote these days, I go in on Tuesdays and Thursdays.",
          "We're in the office four days now, leadership really pushed for it this year.",
          "Hybrid, but honestly I'm in the office more than I need to be.",
        ],
        "Either way, I'm at home today, so excuse any background noise.",
      ],
      tell: [
        [
          "We moved to three days in the office, which I actually like more than I expected.",
          "I'm fully remote, so these calls are most of my social life some weeks.",
        ],
      ],
    },
    {
      label: "A recent conference",
      ordered: true,
      ask: [
        [
          "Did you end up making it to the conference in {month}?",
          "I was wondering whether you made it to the conference in {month}.",
        ],
      ],
      answer: [
        [
          "I did, it was great, a lot of good sessions on revenue operations.",
          "I missed it this year, we had our board meeting the same week.",
        ],
      ],
      tell: ["I was at the sales leadership summit last month, some really good sessions this year."],
    },
    {
      label: "Travel",
      ordered: true,
      ask: ["Are you travelling much these days?"],
      answer: [
        [
          "Less than before, maybe once a month to see the bigger accounts.",
          "Quite a bit, I'm on the road again next week for our regional kickoff.",
        ],
      ],
      tell: ["I just got back from a week of customer visits, still a bit jet lagged."],
    },
  ],
};

const callSetupIntroductions: Subject = {
  label: "Introductions of the attendees and their roles",
  ordered: true,
  tell: [
    "I've brought a colleague from our solutions team who can go deeper on the technical side.",
    "Maybe we can do a quick round of introductions, since there are a few new faces today.",
    "I've been at Acme for a few years now, and I work mostly with companies in your space.",
  ],
  answer: [
    "I run sales operations here, so I own the tools and the process side of things.",
    "I've also invited a colleague who might join a bit late.",
    "I lead the {team} team, so about {n} reps report into me right now.",
    "I'm mostly here to listen today, and I'll be the one pulling in IT later on.",
  ],
};

const callSetupRecording: Subject = {
  label: "Recording the call",
  ask: [
    [
      "Is it okay if I record the call so I can share it with my team afterwards?",
      "Do you mind if I record this, so I can focus on the conversation instead of taking notes?",
    ],
  ],
  answer: [["Sure, recording is fine.", "That's fine, we do the same thing on our side."]],
};

export const callSetup: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Agreed on the agenda and time available",
      ordered: true,
      tell: [
        "Here's what I was thinking for the agenda, and tell me if you'd like to change anything.",
        "I'd love to spend the first part understanding where things stand at {customer}.",
        "After that we can show you the parts of {product} that are most relevant for you.",
        "We'll keep the last ten minutes for questions and to agree on what happens next.",
        "By the end of the call I'd like us to agree on whether it makes sense to keep going.",
      ],
      ask: ["Does that agenda work for you?", "Is there anything you want to make sure we cover today?"],
      answer: [
        ["That agenda works for me.", "Sounds good, let's dive in.", "Perfect, that works."],
        "I have a hard stop at the top of the hour, just so you know.",
        "The main thing for me is understanding how the forecasting piece would work for us.",
        "Can we make sure we leave some time for questions at the end?",
      ],
    },
    callSetupIntroductions,
    callSetupRecording,
  ],
};

/** The start of an onboarding session: the plan for the session rather than a sales agenda. */
export const sessionSetup: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "Plan for the session",
      ordered: true,
      tell: [
        "Today's plan is to get through the integrations and the first settings, with time for questions at the end.",
        "I'll share my screen and we'll do most of it together, so have your admin login ready.",
        "If we don't get through everything, we'll pick it up in the next session, no problem.",
      ],
      ask: ["Does that plan work for everyone?"],
      answer: [
        ["That works.", "Sounds good to me.", "Perfect, let's go."],
        "Our admin has her login ready, so we can do it live.",
        "I may need to drop for ten minutes in the middle, but carry on without me.",
      ],
    },
    callSetupIntroductions,
    callSetupRecording,
  ],
};

/** Calling a break in a long workshop. */
export const breakTime: Subject = {
  label: "",
  ordered: true,
  tell: [
    [
      "Let's take a ten minute break, grab a coffee and we'll pick up right after.",
      "Good moment for a short break, let's be back in ten minutes.",
      "I think we've earned a break, let's stop here for ten minutes.",
    ],
    [
      "Okay, one more short break before the last stretch.",
      "Let's do a second quick break, same as before, ten minutes.",
    ],
  ],
  answer: [
    ["Sounds good.", "Perfect, see you in ten.", "Great, thanks."],
    ["Works for me.", "Sure, back in ten."],
  ],
};

/** Picking up after the break. */
export const backFromBreak: Subject = {
  label: "",
  ordered: true,
  tell: [
    [
      "Okay, welcome back everyone, let's pick up where we left off.",
      "Alright, I think everyone's back, let's continue.",
    ],
    ["Welcome back, we're on the home stretch now.", "Okay, let's get going again, last part of the day."],
  ],
  answer: [
    ["Ready when you are.", "We're back."],
    ["All set on our side.", "Go ahead."],
  ],
};
