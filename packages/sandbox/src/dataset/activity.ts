// What people did with calls after they happened: managers listening and giving feedback, reps re-listening,
// sharing inside and outside the company, comments and replies. The activity stats and logs count these.

import { isoUtc } from "@gongkit/client/internal/core/calendar.js";
import type { Random } from "../random.js";
import type { CallActivityRecord, CallRecord, CommentRecord, UserRecord } from "../state.js";

const feedback = [
  "Nice job pausing here and letting them explain the problem.",
  "This is where I'd ask about the budget owner.",
  "Great handling of the competitor question.",
  "Try to summarize the pain back to them before moving to the demo.",
  "Good moment to ask for the next meeting with the VP.",
  "We should send them the security documentation right after this.",
];
const replies = [
  "Thanks, will do on the next call.",
  "Good point, I'll follow up.",
  "Agreed, noted for next time.",
];
const peerComments = [
  "Love how you framed the ROI here.",
  "Can I borrow this talk track?",
  "Great question to ask.",
];

/** Adds `activity` and `comments` to each recorded call, all before `now`. */
export function addCallActivity(random: Random, calls: CallRecord[], users: UserRecord[], now: number): void {
  const byId = new Map(users.map((user) => [user.id, user]));
  const existed = (userId: string, at: number) => Date.parse(byId.get(userId)?.created ?? "") <= at;
  for (const call of calls) {
    if (!call.recording) continue;
    const host = byId.get(call.primaryUserId);
    if (!host) continue;
    const end = Date.parse(call.started) + call.duration * 1000;
    const later = (minHours: number, maxHours: number) =>
      end + random.int(minHours * 60, maxHours * 60) * 60_000;
    const activity: CallActivityRecord[] = [];
    const comments: CommentRecord[] = [];
    const add = (
      userId: string | undefined,
      kind: CallActivityRecord["kind"],
      at: number,
      recipientEmail?: string,
    ) => {
      if (!userId || at >= now || !existed(userId, at)) return false;
      activity.push({ userId, kind, at: isoUtc(at), ...(recipientEmail ? { recipientEmail } : {}) });
      return true;
    };
    const comment = (userId: string, text: string, at: number, inReplyTo?: string) => {
      if (at >= now || !existed(userId, at)) return undefined;
      const audioStartTime = random.int(30, Math.max(31, call.duration - 30));
      const record: CommentRecord = {
        id: random.id(),
        commenterUserId: userId,
        comment: text,
        posted: isoUtc(at),
        audioStartTime,
        audioEndTime: audioStartTime + random.int(5, 40),
        duringCall: false,
        ...(inReplyTo ? { inReplyTo } : {}),
      };
      comments.push(record);
      return record;
    };

    const manager = host.managerId;
    const peers = users.filter(
      (user) => user.managerId === host.managerId && user.id !== host.id && user.active,
    );
    if (random.chance(0.35)) add(manager, "listened", later(1, 96));
    if (random.chance(0.25)) add(host.id, "listened", later(0.5, 48));
    const peer = peers.length && random.chance(0.12) ? random.pick(peers) : undefined;
    if (peer && add(peer.id, "listened", later(2, 120)) && random.chance(0.4)) {
      comment(peer.id, random.pick(peerComments), later(3, 121));
    }
    if (manager && random.chance(0.15)) {
      const at = later(2, 72);
      if (add(manager, "gaveFeedback", at)) {
        const note = comment(manager, random.pick(feedback), at);
        if (note && random.chance(0.4))
          comment(host.id, random.pick(replies), Date.parse(note.posted) + 3_600_000, note.id);
      }
    }
    if (random.chance(0.08)) add(host.id, "requestedFeedback", later(0.5, 24));
    if (manager && random.chance(0.12)) add(manager, "markedAsReviewed", later(4, 120));
    if (peers.length && random.chance(0.08)) {
      add(host.id, "sharedInternally", later(1, 48), random.pick(peers).emailAddress);
    }
    const external = call.parties.filter((party) => party.affiliation === "External" && party.emailAddress);
    if (external.length && random.chance(0.06)) {
      add(host.id, "sharedExternally", later(1, 24), random.pick(external).emailAddress);
    }
    const attendee = call.parties.find((party) => party.userId && party.userId !== host.id);
    if (attendee?.userId && random.chance(0.1)) {
      const during = comment(
        attendee.userId,
        random.pick(peerComments),
        Date.parse(call.started) + random.int(0, call.duration) * 1000,
      );
      if (during) during.duringCall = true;
    }
    call.activity = activity.sort((a, b) => a.at.localeCompare(b.at));
    call.comments = comments.sort((a, b) => a.posted.localeCompare(b.posted));
  }
}
