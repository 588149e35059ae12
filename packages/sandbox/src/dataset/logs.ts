// Audit logs of the five types Gong exposes, over the dataset's 28 weeks. Call plays and external shares come
// from the calls' activity; logins and admin actions are generated per user. Gong's schema declares every
// `logRecord` value an object, so fields are grouped (call, playback, client, ...).

import { isoUtc, localDay, nextDay, startOfDay } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { CallRecord, LogRecord, SettingsHistoryRecord, UserRecord } from "../state.js";

const userAgents = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/17.5",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
  "Gong/8.12 (iPhone; iOS 17.5)",
];

export function buildLogs(
  random: Random,
  calls: CallRecord[],
  users: UserRecord[],
  history: SettingsHistoryRecord[],
  from: number,
  now: number,
  timeZone: string,
): LogRecord[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  const logs: LogRecord[] = [];
  const entry = (
    logType: string,
    user: UserRecord,
    at: number,
    logRecord: Record<string, unknown>,
  ): LogRecord => ({
    logType,
    eventTime: isoUtc(at),
    userId: user.id,
    userEmailAddress: user.emailAddress,
    userFullName: `${user.firstName} ${user.lastName}`,
    logRecord,
  });
  const client = () => ({
    ipAddress: `203.0.113.${random.int(2, 254)}`,
    userAgent: random.pick(userAgents),
  });

  for (const call of calls) {
    const callInfo = { callId: call.id, title: call.title, url: call.url };
    for (const event of call.activity ?? []) {
      const user = byId.get(event.userId);
      if (!user) continue;
      const at = Date.parse(event.at);
      if (event.kind === "listened") {
        const startSecond = random.int(0, Math.max(0, call.duration - 60));
        const playback = {
          startSecond,
          durationSeconds: random.int(30, Math.max(30, call.duration - startSecond)),
        };
        logs.push(entry("UserCallPlay", user, at, { call: callInfo, playback, client: client() }));
      } else if (event.kind === "sharedInternally" || event.kind === "markedAsReviewed") {
        const type = event.kind === "sharedInternally" ? "CallSharedInternally" : "CallMarkedAsReviewed";
        const activity = {
          type,
          ...(event.recipientEmail ? { recipientEmailAddress: event.recipientEmail } : {}),
        };
        logs.push(entry("UserActivityLog", user, at, { activity, call: callInfo }));
      } else if (event.kind === "sharedExternally" && event.recipientEmail) {
        const viewer = { emailAddress: event.recipientEmail };
        const opened = at + random.int(10, 600) * 60_000;
        if (opened >= now) continue;
        logs.push(
          entry("ExternallySharedCallAccess", user, opened, {
            call: callInfo,
            externalViewer: viewer,
            client: client(),
          }),
        );
        const played = opened + random.int(1, 5) * 60_000;
        if (played < now && random.chance(0.75)) {
          const playback = { startSecond: 0, durationSeconds: random.int(60, call.duration) };
          logs.push(
            entry("ExternallySharedCallPlay", user, played, {
              call: callInfo,
              externalViewer: viewer,
              playback,
            }),
          );
        }
      }
    }
  }

  const vp = users.find((user) => !user.managerId);
  for (let day = nextDay(localDay(from, timeZone)); startOfDay(day, timeZone) < now; day = nextDay(day)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const dayStart = startOfDay(day, timeZone);
    for (const user of users) {
      if (!user.active || !random.chance(0.6)) continue;
      const at = dayStart + random.int(8 * 60, 10 * 60) * 60_000 + random.int(0, 59) * 1000;
      if (at >= now || at < Date.parse(user.created)) continue;
      const log = entry("AccessLog", user, at, {
        session: { action: "Login", method: random.chance(0.8) ? "SSO" : "Password", result: "Success" },
        client: client(),
      });
      if (vp && user.id !== vp.id && random.chance(0.01)) log.impersonatorUserId = vp.id;
      logs.push(log);
    }
  }

  for (const record of history) {
    const user = byId.get(record.userId);
    const admin = vp ?? user;
    if (!user || !admin) continue;
    for (const change of record.entries) {
      const at = Date.parse(change.timestamp);
      if (at < from || at >= now) continue;
      logs.push(
        entry("UserActivityLog", admin, at, {
          activity: { type: "UserSettingChanged", setting: change.settingName, value: change.settingValue },
          target: { userId: user.id, emailAddress: user.emailAddress },
        }),
      );
    }
  }
  return logs.sort((a, b) => a.eventTime.localeCompare(b.eventTime));
}
