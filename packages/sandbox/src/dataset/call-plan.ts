// Who holds which calls, with whom and when: by default 298 planned calls (300 with the two sample calls)
// over the 28 weeks before "now", in business hours, one call at a time per host, deals moving from discovery
// to demo to pricing. Another count scales every host's share alike.

import { addDays, localDay, nextDay, startOfDay } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { CustomerAccountRecord } from "../state.js";
import type { RosterUser } from "./roster.js";
import type { CallKind } from "./transcript.js";

export type Contact = CustomerAccountRecord["contacts"][number];

export interface CallSpec {
  id: string;
  kind: CallKind;
  host: RosterUser;
  /** Other company people on the call. */
  colleagues: RosterUser[];
  account?: CustomerAccountRecord;
  /** Customer people who joined (and spoke). */
  contacts: Contact[];
  /** Customer people invited who did not join. */
  invitees: Contact[];
  start: number;
  /** Seconds. */
  duration: number;
  phone: boolean;
  isPrivate: boolean;
  /** A voice Gong could not match (decided when the call is built unless set here). */
  extraVoice?: "none" | "unnamed" | "dialIn";
  /** Title override (internal calls). */
  title?: string;
}

interface Allocation {
  calls: number;
  kinds: [CallKind, number][];
}

const sales: [CallKind, number][] = [["discovery", 1]];
/** Each host's share of the calls; `calls` add up to the default number of planned calls. */
const allocations: Record<string, Allocation> = {
  rep: { calls: 42, kinds: [...sales, ["internal", 0.18]] },
  jordan: { calls: 32, kinds: [...sales, ["internal", 0.15]] },
  sam: { calls: 34, kinds: [...sales, ["internal", 0.15]] },
  lukas: { calls: 26, kinds: [...sales, ["internal", 0.12]] },
  emma: { calls: 24, kinds: [...sales, ["internal", 0.12]] },
  pat: { calls: 8, kinds: sales },
  riley: {
    calls: 22,
    kinds: [
      ["cold", 0.7],
      ["voicemail", 0.3],
    ],
  },
  jamie: {
    calls: 20,
    kinds: [
      ["cold", 0.7],
      ["voicemail", 0.3],
    ],
  },
  avery: {
    calls: 20,
    kinds: [
      ["cold", 0.7],
      ["voicemail", 0.3],
    ],
  },
  csm: {
    calls: 26,
    kinds: [
      ["onboarding", 0.55],
      ["renewal", 0.45],
    ],
  },
  manager: { calls: 14, kinds: [["internal", 1]] },
  emeaManager: { calls: 10, kinds: [["internal", 1]] },
  sdrManager: { calls: 8, kinds: [["internal", 1]] },
  vp: { calls: 6, kinds: [["internal", 1]] },
  se: { calls: 6, kinds: [["demo", 1]] },
};

/** How long each kind of call lasts, in seconds. */
export function durationFor(random: Random, kind: CallKind, longWorkshop: boolean): number {
  const minutes: Record<CallKind, [number, number]> = {
    cold: [2, 9],
    voicemail: [0.5, 1],
    discovery: [20, 40],
    demo: [30, 55],
    pricing: [20, 35],
    onboarding: longWorkshop ? [150, 180] : [50, 70],
    renewal: [20, 35],
    internal: [20, 35],
  };
  const [low, high] = minutes[kind];
  return random.int(Math.round(low * 60), Math.round(high * 60));
}

export interface PlanInputs {
  random: Random;
  users: RosterUser[];
  accounts: CustomerAccountRecord[];
  mainWorkspaceId: string;
  from: number;
  now: number;
  /** Calls already fixed (the sample calls); their hosts' slots are taken. */
  fixed: CallSpec[];
  /** How many calls to plan besides the fixed ones. */
  count: number;
}

export function planCalls({
  random,
  users,
  accounts,
  mainWorkspaceId,
  from,
  now,
  fixed,
  count,
}: PlanInputs): CallSpec[] {
  const byKey = new Map(users.map((user) => [user.key, user]));
  const shares = hostShares(count);
  const busy = new Set<string>();
  for (const spec of fixed) reserve(busy, spec.host.key, spec.start, spec.duration);
  const specs: CallSpec[] = [];
  let workshops = 0;
  for (const [key, allocation] of Object.entries(allocations)) {
    const host = byKey.get(key);
    if (!host) throw new Error(`roster has no ${key}`);
    const workspaceId = host.record.workspaceIds[0];
    const emea = workspaceId !== mainWorkspaceId;
    const owned = accounts.filter((account) => account.ownerUserId === host.record.id);
    const pool = accounts.filter((account) => account.workspaceId === workspaceId);
    for (let index = 0; index < (shares.get(key) ?? 0); index++) {
      const kind = weightedKind(random, allocation.kinds);
      const longWorkshop = kind === "onboarding" && workshops < 4 && random.chance(0.5);
      if (longWorkshop) workshops++;
      const duration = durationFor(random, kind, longWorkshop);
      const lastDay = key === "pat" ? from + 30 * 86_400_000 : now;
      const firstDay = Math.max(from, Date.parse(host.record.created));
      const start = pickStart(random, busy, host.key, duration, emea, firstDay, lastDay, now);
      const account =
        kind === "internal" ? undefined : random.pick(owned.length && kind !== "cold" ? owned : pool);
      specs.push({
        id: random.id(),
        kind,
        host,
        colleagues: [],
        ...(account ? { account } : {}),
        contacts: [],
        invitees: [],
        start,
        duration,
        phone: kind === "cold" || kind === "voicemail",
        isPrivate: false,
      });
    }
  }
  progressDeals(random, specs);
  for (const spec of specs) staff(random, spec, users);
  return specs;
}

/** Each host's number of calls when `count` are planned: the base allocation scaled, by largest remainder. */
function hostShares(count: number): Map<string, number> {
  const entries = Object.entries(allocations);
  const base = entries.reduce((sum, [, allocation]) => sum + allocation.calls, 0);
  const exact = entries.map(([key, allocation]) => ({ key, share: (allocation.calls * count) / base }));
  const shares = new Map(exact.map(({ key, share }) => [key, Math.floor(share)]));
  const left = count - [...shares.values()].reduce((sum, share) => sum + share, 0);
  const byRemainder = [...exact].sort((a, b) => (b.share % 1) - (a.share % 1));
  for (const { key } of byRemainder.slice(0, left)) shares.set(key, (shares.get(key) ?? 0) + 1);
  return shares;
}

function weightedKind(random: Random, kinds: [CallKind, number][]): CallKind {
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of kinds) {
    roll -= weight;
    if (roll <= 0) return kind;
  }
  return kinds[0]?.[0] ?? "discovery";
}

/** Account executives' calls with one account move through the sales cycle in time order. */
function progressDeals(random: Random, specs: CallSpec[]): void {
  const groups = new Map<string, CallSpec[]>();
  for (const spec of specs) {
    if (spec.kind !== "discovery" || !spec.account) continue;
    const group = `${spec.host.key}|${spec.account.crmAccountId}`;
    groups.set(group, [...(groups.get(group) ?? []), spec]);
  }
  const cycle: CallKind[] = ["discovery", "demo", "demo", "pricing", "pricing", "renewal"];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    group.forEach((spec, index) => {
      if (index === 0) return;
      spec.kind = cycle[Math.min(index, cycle.length - 1)] ?? "pricing";
      spec.phone = spec.kind === "pricing" && (random.chance(0.3) || index === 3);
    });
  }
}

/** Picks who joins: customer contacts (the champion always) and colleagues (SE on demos, manager on pricing). */
function staff(random: Random, spec: CallSpec, users: RosterUser[]): void {
  const managerOf = (user: RosterUser) => users.find((other) => other.record.id === user.record.managerId);
  const se = users.find((user) => user.role === "se");
  if (spec.kind === "internal") {
    internalStaff(random, spec, users, managerOf);
    return;
  }
  const contacts = spec.account?.contacts ?? [];
  const wanted = { cold: 1, voicemail: 1, discovery: 2, demo: 3, pricing: 2, onboarding: 3, renewal: 2 }[
    spec.kind
  ];
  const others = contacts.slice(1).filter(() => random.chance(0.6));
  const champion = spec.kind === "cold" || spec.kind === "voicemail" ? random.pick(contacts) : contacts[0];
  spec.contacts = [champion, ...others]
    .filter((contact): contact is Contact => !!contact)
    .slice(0, spec.phone ? 1 : wanted);
  const leftOut = contacts.filter((contact) => !spec.contacts.includes(contact));
  if (!spec.phone && leftOut.length && random.chance(0.3)) spec.invitees = [random.pick(leftOut)];
  if (spec.phone) return;
  if (se && se !== spec.host && (spec.kind === "demo" || spec.kind === "onboarding" || random.chance(0.15))) {
    spec.colleagues.push(se);
  }
  const manager = managerOf(spec.host);
  if (manager && spec.kind === "pricing" && random.chance(0.45)) spec.colleagues.push(manager);
}

function internalStaff(
  random: Random,
  spec: CallSpec,
  users: RosterUser[],
  managerOf: (user: RosterUser) => RosterUser | undefined,
): void {
  const reports = users.filter(
    (user) =>
      user.record.managerId === spec.host.record.id &&
      user.record.active &&
      Date.parse(user.record.created) <= spec.start,
  );
  if (reports.length && random.chance(0.4)) {
    const report = random.pick(reports);
    spec.colleagues = [report];
    spec.isPrivate = true;
    spec.title = `${spec.host.record.firstName} / ${report.record.firstName} 1:1`;
  } else if (reports.length) {
    spec.colleagues = reports;
    spec.title =
      spec.host.role === "vp"
        ? "Weekly forecast call"
        : `Weekly pipeline review - ${spec.host.record.lastName} team`;
  } else {
    const manager = managerOf(spec.host);
    const se = users.find((user) => user.role === "se");
    spec.colleagues = [manager, random.chance(0.5) ? se : undefined].filter(
      (user): user is RosterUser => !!user,
    );
    spec.title = "Deal strategy session";
  }
}

function reserve(busy: Set<string>, host: string, start: number, duration: number): boolean {
  const slots: string[] = [];
  for (let at = start - (start % 1_800_000); at < start + duration * 1000; at += 1_800_000)
    slots.push(`${host}|${at}`);
  if (slots.some((slot) => busy.has(slot))) return false;
  for (const slot of slots) busy.add(slot);
  return true;
}

function pickStart(
  random: Random,
  busy: Set<string>,
  host: string,
  duration: number,
  emea: boolean,
  from: number,
  lastDay: number,
  now: number,
): number {
  const timeZone = emea ? "Europe/London" : "America/New_York";
  const firstDay = nextDay(localDay(from, timeZone));
  const span = Math.floor((lastDay - from) / 86_400_000) - 1;
  for (let attempt = 0; ; attempt++) {
    const day = addDays(firstDay, random.int(0, span));
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const scheduled = startOfDay(day, timeZone) + (9 * 60 + 30 * random.int(0, 15)) * 60_000;
    const start = scheduled + (duration < 900 ? random.int(0, 1700) : random.int(0, 180)) * 1000;
    if (start + duration * 1000 >= now || start < from) continue;
    if (reserve(busy, host, start, duration) || attempt > 200) return start;
  }
}
