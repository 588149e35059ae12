// Lines that fit any subject of the commercial and closing topics (competition, pricing, security, renewal,
// wrap-up); a call draws on them once a subject's own lines are spent.
import type { Subject } from "./phrase-types.js";

export const competitionGeneral: Subject = {
  label: "",
  ask: [
    "How is {competitor} positioning themselves against us?",
    "What did {competitor} show you that stood out?",
  ],
  tell: [
    "I won't speak badly about {competitor}, they're a solid company, we just focus on different things.",
    "When {peer} compared us with {competitor}, it came down to {pain}.",
    "The best test is a pilot with real data, that takes the marketing out of the comparison.",
    "If adoption is the worry, ask any vendor for their login numbers after ninety days.",
    "Our customers usually tell us the difference shows up in month three, not in the demo.",
    "I'm happy to put you in touch with a customer who moved from {competitor} last year.",
    "We'd rather win on {pain} than on price, because that's what you'll live with after signing.",
    "Most teams that switch from {competitor} tell us the forecasting was the reason.",
    "It's worth asking {competitor} how they handle {pain}, and then asking us the same.",
  ],
  answer: [
    "{competitor} told us they could be live in two weeks, which I found hard to believe.",
    "Their reference customers were all much bigger than us, so I'm not sure how relevant that is.",
    "The {team} managers preferred your forecasting view, if that helps.",
    "Honestly, for us it comes down to {pain}, whoever solves that best wins.",
    "We'll do a proper scorecard comparison once both demos are done.",
    "I don't want to choose on price alone, we did that last time and regretted it.",
    "Our CFO will ask why we're not just going with the cheaper option, so I need a good answer.",
  ],
};

export const pricingGeneral: Subject = {
  label: "",
  ask: ["How does finance usually look at a purchase like this?", "What would the approval path look like?"],
  tell: [
    "That's a fair question, let me check with my team.",
    "I understand, and I want this to work for your budget as well.",
    "For context, {peer} started with {n} fewer seats and added them after the first quarter.",
    "The onboarding cost is a one-time fee, it doesn't repeat in the second year.",
    "We can phase the seats in over two quarters, so you only pay for people who are using it.",
    "If {seats} seats feels like too many, we can start with the {team} team and expand later.",
    "I'd rather get the structure right now than renegotiate in six months.",
    "The price holds for {weeks} weeks, after that I'd need to requote.",
  ],
  answer: [
    "I'll have to take that back to finance.",
    "That helps, but I can't promise anything until I've talked to my boss.",
    "We've been burned by shelfware before, so we'll be careful on the seat count.",
    "Phasing the seats would make this a lot easier to approve.",
    "Finance will compare it to what we spend on {crm}, so be ready for that.",
    "Anything above {amount} needs the CFO's signature, and she's very hands-on.",
    "If you can include the training in the price, that takes one objection off the table.",
    "Our fiscal year starts in {month}, so timing matters for which budget this comes out of.",
  ],
  query: ["What's included in the onboarding fee exactly?", "Do you charge for read-only users?"],
};

export const securityGeneral: Subject = {
  label: "",
  ask: ["Who on your side owns the security review?", "Is there a standard questionnaire your team uses?"],
  tell: [
    "Our security team answers these questions every week, so it should go quickly.",
    "I'll send over the documentation list so your team can pick what they need.",
    "Most of the answers are already in our standard security package.",
    "If your team prefers, they can talk directly to our security engineers.",
    "We've gone through reviews at {peer}, so we know what a thorough one looks like.",
    "Anything your security team flags, we'll answer in writing within a few days.",
  ],
  answer: [
    "Our security team is small, so the review depends on their queue.",
    "I'll connect you with our CISO's office, they run the process.",
    "The last vendor review took us almost two months, mostly back and forth.",
    "They'll want to know about subprocessors, so have that list ready.",
    "Written answers are best, our team likes to have everything documented.",
  ],
  query: ["How quickly do you notify customers if there's an incident?", "Do you use any subprocessors?"],
};

export const renewalGeneral: Subject = {
  label: "",
  ask: [
    "How are the {team} managers using it day to day?",
    "Is {pain} still the main thing leadership asks about?",
  ],
  tell: [
    "That's good to hear, thank you.",
    "Let me take that back to our product team, they'll want to hear it.",
    "We saw something similar at {peer}, and a short refresher session fixed most of it.",
    "Looking at the numbers, the {team} team logs in about {n} times a week per person.",
    "I can run a session for the {team} managers next month if that would help.",
    "The features you're not using yet are mostly on {screen}, which would help with {pain}.",
    "Your usage went up about {pct} percent after the spring refresher.",
    "I'd like to set up a proper business review with your VP before the renewal date.",
    "We can also look at which features you're paying for but not using.",
    "I'll put together a short summary of the year for your leadership.",
    "Your admin has been great to work with this year, by the way.",
    "Let's make sure the renewal isn't the only time we talk about value.",
  ],
  answer: [
    "That's fair.",
    "I'll need to check with the {team} managers before I commit to anything.",
    "Our admin changed in the spring, so some of that knowledge got lost.",
    "The {team} team uses it the most, mainly {screen}.",
    "A session for the managers would be great, some of them have never had proper training.",
    "Honestly, I didn't know {screen} could do that.",
    "Leadership still asks about {pain} every quarter, so that's where the value has to show.",
    "We reorganised the teams in {month}, which is probably why the numbers dipped.",
    "If we could show the board one clear number, the renewal would be a lot easier.",
    "I'd like to keep the relationship, I just need to show finance we looked at the numbers.",
    "The managers would revolt if we took it away, honestly.",
    "We're planning a reorg next quarter, so seat counts might change anyway.",
    "A short refresher for the newer reps would help a lot.",
    "I'll share the usage report with my VP, she likes to see the numbers.",
    "Some of the reps still think it's a tool for managers to check up on them.",
  ],
};

export const nextStepsGeneral: Subject = {
  label: "",
  tell: [
    "I'll write up today's notes and send them over this afternoon.",
    "I'll include the open questions in the summary so nothing gets lost.",
    "If anything comes up before then, just send me a message.",
    "I'll also send the recording of today's call so you can share it internally.",
    "Let me know if anyone else should be on the next call.",
    "I'll put the dates we discussed into a short plan so everyone is looking at the same thing.",
    "If {day} ends up not working, just suggest another time and I'll make it work.",
    "I'll check in on {day} to see whether you've had a chance to look at everything.",
    "Thanks for being so open today, it makes it a lot easier to help.",
  ],
  answer: [
    "Sounds good.",
    "Perfect, thank you.",
    "I'll share the notes with the rest of the team.",
    "That works, I'll keep an eye out for your email.",
    "Great, I'll come back to you if anything changes on our side.",
    "I'll brief my manager this week, she'll probably have a few questions.",
    "Makes sense, I'll block some time on {day} to go through everything.",
    "If you can send the slides too, that would help me share it internally.",
  ],
};
