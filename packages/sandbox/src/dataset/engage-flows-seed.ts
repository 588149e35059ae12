// Seeds Engage flow folders and flows with their steps: the catalogue's sample flow (owned by the sample rep,
// in the sample folder), company and shared flows, and a personal flow for a few more reps.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";
import type { CoreState } from "../core-state.js";
import type { Random } from "../random.js";
import type { FlowFolderRecord, FlowRecord, FlowStepRecord, FlowVisibility } from "./engage-records.js";

const stepTemplates: Omit<FlowStepRecord, "id" | "stepOrder">[] = [
  {
    name: "Intro email",
    action: "AUTO_SEND_EMAIL",
    subject: "{{account.name}} and Acme",
    body: "Hi {{first_name}}, teams like yours use Acme to cut reporting time in half. Open to a quick chat?",
    isReply: false,
  },
  { name: "Call", action: "CALL", isReply: false },
  {
    name: "Follow-up email",
    action: "SEND_EMAIL",
    subject: "Re: {{account.name}} and Acme",
    body: "Hi {{first_name}}, following up on my note: would next Tuesday work for 20 minutes?",
    isReply: true,
  },
  { name: "Connect on LinkedIn", action: "LINKEDIN_CONNECT", isReply: false },
  { name: "Send the case study", action: "CUSTOM", isReply: false },
];

function steps(flowIndex: number, count: number): FlowStepRecord[] {
  const base = 9007199254741100000n + BigInt(flowIndex * 10);
  return stepTemplates.slice(0, count).map((template, index) => ({
    ...template,
    id: String(base + BigInt(index)),
    stepOrder: index + 1,
  }));
}

export function seedFlowCatalog(core: CoreState, random: Random) {
  const workspaceId = core.workspaces[0]?.id ?? sampleIds.companyWorkspaceId;
  const folderId = (offset: number) => String(BigInt(sampleIds.flowFolderId) + BigInt(offset));
  const folder = (
    offset: number,
    name: string,
    visibility: FlowVisibility,
    ownerEmail: string,
    extra: Partial<FlowFolderRecord> = {},
  ): FlowFolderRecord => ({
    id: folderId(offset),
    name,
    visibility,
    ownerEmail,
    sharedWithEmails: [],
    workspaceId,
    creationDate: `2026-0${1 + offset}-05T09:00:00Z`,
    ...extra,
  });
  const flowFolders = [
    folder(0, "Enterprise Outbound", "Company", sampleIds.managerEmail),
    folder(1, "Enterprise Renewals", "Company", sampleIds.managerEmail, { parentId: folderId(0) }),
    folder(2, "Dana's sequences", "Personal", sampleIds.repEmail),
    folder(3, "Team plays", "Shared", sampleIds.managerEmail, { sharedWithEmails: [sampleIds.repEmail] }),
  ];

  let index = 0;
  const flow = (
    name: string,
    visibility: FlowVisibility,
    ownerEmail: string,
    folderOffset: number,
    extra: Partial<FlowRecord> = {},
  ): FlowRecord => {
    const flowIndex = index++;
    return {
      id: flowIndex === 0 ? sampleIds.flowId : String(BigInt(sampleIds.flowId) + BigInt(flowIndex)),
      name,
      folderId: folderId(folderOffset),
      visibility,
      ownerEmail,
      sharedWithEmails: [],
      workspaceId,
      creationDate: `2026-0${2 + (flowIndex % 6)}-1${flowIndex % 10}T10:30:00Z`,
      exclusive: false,
      description: `${name}: a ${random.int(3, 5)}-touch sequence.`,
      steps: steps(flowIndex, flowIndex === 0 ? 5 : 4),
      ...extra,
    };
  };
  const flows = [
    flow("Enterprise discovery follow-up", "Shared", sampleIds.repEmail, 0, {
      sharedWithEmails: [sampleIds.managerEmail],
      description: "Follow up enterprise discovery calls: recap email, call, case study.",
    }),
    flow("Inbound demo request", "Company", sampleIds.managerEmail, 0),
    flow("Renewal check-in", "Company", sampleIds.managerEmail, 1, { exclusive: true }),
    flow("Dana - event follow-up", "Personal", sampleIds.repEmail, 2),
    flow("Exec sponsor outreach", "Shared", sampleIds.managerEmail, 3, {
      sharedWithEmails: [sampleIds.repEmail],
    }),
  ];
  const otherReps = core.users.filter(
    (user) =>
      user.active && user.emailAddress !== sampleIds.repEmail && user.emailAddress !== sampleIds.managerEmail,
  );
  for (const user of otherReps.slice(0, 4)) {
    flows.push(flow(`${user.firstName}'s cold outreach`, "Personal", user.emailAddress, 0));
  }
  return { flowFolders, flows };
}
