// Company-level settings records: workspaces, dialer call outcomes, AI brief settings, users' settings
// history, and the calls reps associated with CRM objects by hand.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type {
  CallRecord,
  CoreState,
  ManualCrmAssociationRecord,
  SettingsHistoryRecord,
  UserRecord,
} from "../state.js";

export function buildWorkspaces(workspaceIds: [string, string]): CoreState["workspaces"] {
  return [
    {
      id: workspaceIds[0],
      name: "Acme Sales - North America",
      description: "Mid-market and SDR teams selling in the US and Canada",
    },
    {
      id: workspaceIds[1],
      name: "Acme Sales - EMEA",
      description: "Account executives selling in Europe, the Middle East and Africa",
    },
  ];
}

export function buildCallOutcomes(random: Random): CoreState["callOutcomes"] {
  const outcomes: Omit<CoreState["callOutcomes"][number], "id" | "displayOrder">[] = [
    {
      name: "Connected - meeting booked",
      category: "ANSWERED",
      connectStatus: "CONNECTED",
      sentiment: "POSITIVE",
      todoAction: "COMPLETE",
    },
    {
      name: "Connected - call back later",
      category: "ANSWERED",
      connectStatus: "CONNECTED",
      sentiment: "NEUTRAL",
    },
    {
      name: "Connected - not interested",
      category: "ANSWERED",
      connectStatus: "CONNECTED",
      sentiment: "NEGATIVE",
      todoAction: "COMPLETE_AND_REMOVE",
    },
    {
      name: "Do not call",
      category: "ANSWERED",
      connectStatus: "CONNECTED",
      sentiment: "NEGATIVE",
      todoAction: "COMPLETE_AND_REMOVE",
      automation: "MARK_AS_OPT_OUT",
    },
    {
      name: "Left voicemail",
      category: "NOT_ANSWERED",
      connectStatus: "NOT_CONNECTED",
      sentiment: "NEUTRAL",
    },
    { name: "No answer", category: "NOT_ANSWERED", connectStatus: "NOT_CONNECTED", sentiment: "NEUTRAL" },
    {
      name: "Wrong number",
      category: "NOT_ANSWERED",
      connectStatus: "NOT_CONNECTED",
      sentiment: "NEGATIVE",
      todoAction: "COMPLETE_AND_REMOVE",
    },
  ];
  return outcomes.map((outcome, index) => ({ id: random.id(), displayOrder: index + 1, ...outcome }));
}

export function buildBriefs(
  random: Random,
  workspaceIds: [string, string],
  creatorUserId: string,
  from: number,
): CoreState["briefs"] {
  const seeds = [
    {
      name: "Account brief",
      workspace: 0,
      status: "Published",
      sections: [
        "Account overview",
        "Key stakeholders",
        "Open opportunities",
        "Risks",
        "Recommended next steps",
      ],
      description: "Everything a rep needs before a call with the account.",
    },
    {
      name: "Deal brief",
      workspace: 0,
      status: "Published",
      sections: ["Deal summary", "Buying committee", "Competition", "Pricing discussions", "Next steps"],
      description: "Where the deal stands, from its calls and emails.",
    },
    {
      name: "Renewal risk brief",
      workspace: 0,
      status: "Not published",
      sections: ["Adoption", "Sentiment", "Churn signals", "Expansion opportunities"],
      description: "Signals that a customer may not renew.",
    },
    {
      name: "Account brief",
      workspace: 1,
      status: "Published",
      sections: ["Account overview", "Key stakeholders", "Data residency", "Next steps"],
      description: "Account brief for the EMEA team.",
    },
  ] as const;
  return seeds.map((seed) => {
    const created = from - random.int(20, 200) * 86_400_000;
    return {
      briefId: random.id(),
      briefName: seed.name,
      workspaceId: workspaceIds[seed.workspace] ?? workspaceIds[0],
      sections: [...seed.sections],
      description: seed.description,
      status: seed.status,
      creatorUserId,
      created: isoUtc(created),
      updated: isoUtc(created + random.int(1, 60) * 86_400_000),
    };
  });
}

/** Each user's settings as first set when created, then the changes made during the dataset's weeks. */
export function buildSettingsHistory(
  random: Random,
  users: UserRecord[],
  from: number,
  now: number,
): SettingsHistoryRecord[] {
  return users.map((user) => {
    const created = Date.parse(user.created);
    const entries = Object.entries(user.settings)
      .filter(([name]) => name !== "telephonyCallsImported")
      .map(([settingName, settingValue]) => ({ settingName, settingValue, timestamp: isoUtc(created) }));
    entries.push({ settingName: "active", settingValue: true, timestamp: isoUtc(created) });
    // Changes during the dataset's weeks, never before the user existed; a toggle is switched off, then back on.
    const since = Math.max(from, created);
    const days = Math.max(2, Math.floor((now - since) / 86_400_000));
    const changeAt = () => since + random.int(1, days - 1) * 86_400_000 + random.int(13, 21) * 3_600_000;
    if (user.settings.gongConnectEnabled) {
      entries.push({ settingName: "gongConnectEnabled", settingValue: true, timestamp: isoUtc(changeAt()) });
    }
    if (random.chance(0.3)) {
      const off = changeAt();
      const on = Math.min(now - 3_600_000, off + random.int(1, 10) * 86_400_000);
      entries.push({ settingName: "emailsImported", settingValue: false, timestamp: isoUtc(off) });
      entries.push({
        settingName: "emailsImported",
        settingValue: user.settings.emailsImported ?? true,
        timestamp: isoUtc(on),
      });
    }
    if (!user.active) {
      entries.push({
        settingName: "webConferencesRecorded",
        settingValue: false,
        timestamp: isoUtc(from + 32 * 86_400_000),
      });
      entries.push({ settingName: "active", settingValue: false, timestamp: isoUtc(from + 32 * 86_400_000) });
    }
    entries.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    return { userId: user.id, entries };
  });
}

export function buildManualAssociations(
  random: Random,
  calls: CallRecord[],
  now: number,
): ManualCrmAssociationRecord[] {
  const associations: ManualCrmAssociationRecord[] = [];
  for (const call of calls) {
    if (!call.crm.accountId || !call.recording || !random.chance(0.12)) continue;
    const created = Date.parse(call.started) + call.duration * 1000 + random.int(5, 600) * 60_000;
    if (created >= now) continue;
    associations.push({
      callId: call.id,
      userId: call.primaryUserId,
      created: isoUtc(created),
      associatedCrmObjects: [
        {
          accountCrmId: call.crm.accountId,
          ...(call.crm.dealId && random.chance(0.7) ? { dealCrmId: call.crm.dealId } : {}),
        },
      ],
    });
  }
  return associations.sort((a, b) => a.created.localeCompare(b.created));
}
