// A prospecting call's opening and the message a rep leaves on voicemail.
import type { TopicBank } from "./phrase-types.js";

export const introduction: TopicBank = {
  style: "discussion",
  opening: {
    label: "",
    ask: ["Hi {name}, this is {me} from Acme Sales, did I catch you at a bad time?"],
    answer: [
      [
        "I've got a couple of minutes, what's this about?",
        "We're pretty busy right now, but go ahead.",
        "Sure, I can give you a minute.",
        "I'm between meetings, so you'll have to be quick.",
      ],
    ],
  },
  subjects: [
    {
      label: "Reason for the call",
      tell: [
        "I'll be brief, I'm calling because we help sales teams like yours forecast more accurately.",
        "I noticed {customer} has been hiring a lot of reps lately, so I thought I'd reach out.",
        "We work with {peer}, and their managers were finding out about slipped deals far too late.",
        "Most of the sales leaders I talk to are still rebuilding the forecast in a spreadsheet every week.",
      ],
      ask: ["Would it be crazy to spend two minutes on why I'm calling?"],
      query: ["Who did you say you were with?", "How did you get my number?"],
      answer: [
        "Okay, I'm listening.",
        "We get a lot of these calls, so you've got about a minute.",
        "Forecasting is definitely a sore spot, I'll give you that.",
        "We looked at something like this last year, but it went nowhere.",
      ],
    },
    {
      label: "Permission to continue",
      ask: ["Is that something that's on your radar at all this year?"],
      tell: [
        "Fair enough, I'm not asking for a decision, just whether it's worth a proper conversation.",
        "If it's not a priority right now, just tell me and I'll leave you alone.",
      ],
      answer: [
        [
          "It's on the list, but it's not at the top of it.",
          "My boss has been asking about it, so maybe the timing is better than you think.",
        ],
        "I'd need to know a lot more before I bring this to anyone else.",
      ],
    },
  ],
};

export const voicemail: TopicBank = {
  style: "monologue",
  opening: {
    label: "",
    tell: [
      "Hi {name}, this is {me} from Acme Sales, I'm calling about your team's forecasting process.",
      "Hey {name}, it's {me} with Acme Sales, I'll keep this short.",
    ],
  },
  subjects: [
    {
      label: "Reason for the call",
      ordered: true,
      tell: [
        "A few teams similar to {customer} have been telling us the weekly forecast call takes far too long.",
        "We helped {peer} cut the time managers spend on pipeline reviews roughly in half.",
        "I'd love fifteen minutes to hear how you run things today and share what we've seen work.",
        "If it's easier, just reply to my email with a time that suits you.",
        "No pressure at all, I just thought it might be worth a conversation.",
      ],
    },
  ],
  closing: {
    label: "",
    tell: [
      "I'll send you a short email as well, and I'll try you again on {day}.",
      "You can reach me at this number any time, thanks and have a great day.",
      "Again, it's {me} from Acme Sales, talk soon.",
    ],
  },
};
