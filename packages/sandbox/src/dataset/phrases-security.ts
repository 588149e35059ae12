// Security and compliance: certifications, single sign-on, where data lives, who can see recordings, and the
// customer's review process.
import type { TopicBank } from "./phrase-types.js";
import { securityGeneral } from "./phrases-general.js";

export const security: TopicBank = {
  style: "discussion",
  subjects: [
    {
      label: "SOC 2 report and penetration test",
      point: "Security review needs the SOC 2 report and the latest penetration test.",
      tell: [
        "We're SOC 2 Type II certified and I can send over the report under NDA.",
        "We run an annual penetration test with an outside firm and can share the summary.",
        "Let me pull up the trust center page, most of the documents are linked from there.",
      ],
      answer: [
        "We'll need the SOC 2 report before legal will look at the contract.",
        "Our CISO will want to see the latest penetration test results.",
        "The trust center helps, our security team likes to start with the public material.",
        "We'll also need your bridge letter if the report is more than six months old.",
        "Our auditors ask for the same documents every year, so it's good to have them in one place.",
      ],
    },
    {
      label: "SSO with Okta",
      tell: [
        "Single sign on through SSO is included, we support Okta and Azure AD.",
        "Users can be provisioned automatically from your identity provider, so nobody is added by hand.",
        "When someone leaves, removing them in your directory removes their access here too.",
      ],
      answer: [
        "Automatic deprovisioning is a must for us, so that's good to hear.",
        "We moved everything to Okta last year, so anything without SSO is a non-starter.",
        "Our IT team will want to test the SSO setup in a sandbox first.",
      ],
      query: ["Do you support SSO with Okta?", "Can we enforce SSO for everyone, including admins?"],
    },
    {
      label: "GDPR and data residency",
      point: "Customers in Europe make GDPR and data residency a requirement.",
      tell: [
        "All data is encrypted at rest and in transit, and we're GDPR compliant.",
        "We can host your data in the EU region if that's a requirement.",
        "Data retention is configurable per workspace, so you can delete recordings after a set period.",
      ],
      answer: [
        "Where is the data hosted, we have customers in Europe so GDPR matters a lot.",
        "Our retention policy is two years for customer communications, so we'd set it to that.",
        "Our European customers will ask where their calls are stored, so we need a clear answer.",
        "Deleting a single call on request has to be possible, we get those requests from time to time.",
      ],
      query: ["What happens to our data if we ever leave?"],
    },
    {
      label: "Access to recordings",
      tell: [
        "Permissions are set by profile, so reps only see what their role allows.",
        "Private calls are hidden from everyone except the people on the call and admins.",
        "Every access to a recording is logged, and admins can review that log at any time.",
      ],
      answer: [
        "We need to know who at your company can access our recordings.",
        "Some calls with our legal team should never be recorded, so we'll need a way to exclude them.",
        "HR calls can't be recorded at all, so we need to be sure those are excluded.",
        "Managers seeing calls from other teams would be a problem for us.",
      ],
    },
    {
      label: "Security review timeline",
      point: "Security review takes four to six weeks and must start early.",
      tell: [
        "Our security team can join a call to go through your security review questionnaire.",
        "Most reviews take us about two weeks on our side once we have the questionnaire.",
      ],
      ask: ["When does your security team usually want to get involved?"],
      answer: [
        "Our security review usually takes four to six weeks, so we need to start early.",
        "Legal will review the data processing agreement in parallel.",
        "I'll send the questionnaire this week, it's about two hundred questions, sorry in advance.",
        "Security reviews are the slowest part of every purchase here, so let's not leave it late.",
      ],
    },
  ],
  general: securityGeneral,
};
