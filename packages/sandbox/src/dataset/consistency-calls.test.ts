// Consistency of the seeded calls with everything they point at, over every record: parties and speakers,
// users and workspaces, trackers, scorecards, library folders, comments, activity and access grants. Each rule
// lists the records that break it, so a failure names them.
import { describe, expect, it } from "vitest";
import { datasetClocks, sandboxAt } from "../../../../test/support/dataset-clocks.js";
import type { CallRecord } from "../state.js";

describe.each(datasetClocks)("the dataset at %s", (_name, clock) => {
  const state = sandboxAt(clock).state;
  const users = new Set(state.users.map((user) => user.id));
  const workspaces = new Set(state.workspaces.map((workspace) => workspace.id));
  const calls = new Map(state.calls.map((call) => [call.id, call]));
  const speakersOf = (call: CallRecord) => new Set(call.parties.flatMap((party) => party.speakerId ?? []));

  it("has transcript speakers who are all among the call's parties", () => {
    const violations = state.calls.flatMap((call) => {
      const parties = speakersOf(call);
      const unmatched = call.transcript.filter((monologue) => !parties.has(monologue.speakerId));
      const ids = [...new Set(unmatched.map((monologue) => monologue.speakerId))];
      return ids.map((id) => `call ${call.id}: transcript speaker ${id} is not among its parties`);
    });
    expect(violations, "transcript speakers outside the parties").toEqual([]);
  });

  it("has tracker occurrences by speakers of the transcript, of trackers that are defined", () => {
    const trackers = new Map(state.trackers.map((tracker) => [tracker.id, tracker]));
    const violations = state.calls.flatMap((call) => {
      const spoke = new Set(call.transcript.map((monologue) => monologue.speakerId));
      return call.trackers.flatMap((hit) => {
        const tracker = trackers.get(hit.trackerId);
        if (!tracker) return [`call ${call.id}: tracker ${hit.trackerId} is not defined`];
        const found: string[] = [];
        if (tracker.name !== hit.name)
          found.push(`call ${call.id}: tracker ${hit.trackerId} named ${hit.name}`);
        if (tracker.workspaceId !== call.workspaceId)
          found.push(`call ${call.id}: tracker ${hit.trackerId} is of workspace ${tracker.workspaceId}`);
        for (const occurrence of hit.occurrences) {
          if (!spoke.has(occurrence.speakerId))
            found.push(
              `call ${call.id}: tracker ${hit.trackerId} hit by ${occurrence.speakerId}, who never spoke`,
            );
        }
        return found;
      });
    });
    expect(violations, "tracker occurrences").toEqual([]);
  });

  it("has parties, hosts and workspaces that exist", () => {
    const violations = state.calls.flatMap((call) => [
      ...call.parties
        .filter((party) => party.userId && !users.has(party.userId))
        .map((party) => `call ${call.id}: party ${party.id} is user ${party.userId}, who does not exist`),
      ...(users.has(call.primaryUserId)
        ? []
        : [`call ${call.id}: primary user ${call.primaryUserId} does not exist`]),
      ...(call.parties.some((party) => party.userId === call.primaryUserId)
        ? []
        : [`call ${call.id}: primary user ${call.primaryUserId} is not a party`]),
      ...(workspaces.has(call.workspaceId)
        ? []
        : [`call ${call.id}: workspace ${call.workspaceId} does not exist`]),
    ]);
    expect(violations, "calls' users and workspaces").toEqual([]);
  });

  it("has users, trackers, scorecards, folders and briefs in workspaces that exist, managed by users that exist", () => {
    const violations = [
      ...state.users.flatMap((user) => [
        ...user.workspaceIds
          .filter((id) => !workspaces.has(id))
          .map((id) => `user ${user.id}: workspace ${id} does not exist`),
        ...(user.managerId && !users.has(user.managerId)
          ? [`user ${user.id}: manager ${user.managerId} does not exist`]
          : []),
      ]),
      ...state.trackers.flatMap((tracker) => [
        ...(workspaces.has(tracker.workspaceId)
          ? []
          : [`tracker ${tracker.id}: workspace ${tracker.workspaceId}`]),
        ...(users.has(tracker.creatorUserId)
          ? []
          : [`tracker ${tracker.id}: creator ${tracker.creatorUserId}`]),
      ]),
      ...state.scorecards.flatMap((card) => [
        ...(workspaces.has(card.workspaceId) ? [] : [`scorecard ${card.id}: workspace ${card.workspaceId}`]),
        ...(users.has(card.updaterUserId) ? [] : [`scorecard ${card.id}: updater ${card.updaterUserId}`]),
      ]),
      ...state.libraryFolders
        .filter((folder) => !workspaces.has(folder.workspaceId))
        .map((folder) => `library folder ${folder.id}: workspace ${folder.workspaceId}`),
      ...state.briefs
        .filter((brief) => !workspaces.has(brief.workspaceId))
        .map((brief) => `brief ${brief.briefId}: workspace ${brief.workspaceId}`),
    ];
    expect(violations, "workspaces and users of the settings").toEqual([]);
  });

  it("has answered scorecards of real calls, users, scorecards and questions", () => {
    const scorecards = new Map(state.scorecards.map((card) => [card.id, card]));
    const violations = state.answeredScorecards.flatMap((answered) => {
      const name = `answered scorecard ${answered.answeredScorecardId}`;
      const call = calls.get(answered.callId);
      const card = scorecards.get(answered.scorecardId);
      const found: string[] = [];
      if (!call) found.push(`${name}: call ${answered.callId} does not exist`);
      else if (call.started !== answered.callStartTime)
        found.push(`${name}: call start ${answered.callStartTime}, the call started ${call.started}`);
      // An automatic review has no reviewer (the sandbox keeps it as ""); a manual one has a real user.
      const automatic = answered.reviewMethod === "AUTOMATIC";
      if (automatic !== (answered.reviewerUserId === ""))
        found.push(`${name}: ${answered.reviewMethod} review by '${answered.reviewerUserId}'`);
      for (const [role, id] of [
        ["reviewed", answered.reviewedUserId],
        ["reviewer", automatic ? undefined : answered.reviewerUserId],
        ["editor", answered.editorUserId],
      ] as const) {
        if (id !== undefined && !users.has(id)) found.push(`${name}: ${role} user ${id} does not exist`);
      }
      if (call && !call.parties.some((party) => party.userId === answered.reviewedUserId))
        found.push(`${name}: reviewed user ${answered.reviewedUserId} is not a party of call ${call.id}`);
      if (!card) return [...found, `${name}: scorecard ${answered.scorecardId} does not exist`];
      if (card.name !== answered.scorecardName)
        found.push(`${name}: scorecard named ${answered.scorecardName}`);
      const questions = new Map(card.questions.map((question) => [question.questionId, question]));
      for (const answer of answered.answers) {
        const question = questions.get(answer.questionId);
        if (!question) found.push(`${name}: question ${answer.questionId} is not on scorecard ${card.id}`);
        else if (question.questionRevisionId !== answer.questionRevisionId)
          found.push(`${name}: question ${answer.questionId} revision ${answer.questionRevisionId}`);
      }
      return found;
    });
    expect(violations, "answered scorecards").toEqual([]);
  });

  it("has library folders whose parents, authors and calls exist", () => {
    const folders = new Set(state.libraryFolders.map((folder) => folder.id));
    const violations = state.libraryFolders.flatMap((folder) => [
      ...(folder.parentFolderId && !folders.has(folder.parentFolderId)
        ? [`library folder ${folder.id}: parent ${folder.parentFolderId} does not exist`]
        : []),
      ...(users.has(folder.createdBy) ? [] : [`library folder ${folder.id}: creator ${folder.createdBy}`]),
      ...folder.calls.flatMap((entry) => [
        ...(calls.has(entry.callId)
          ? []
          : [`library folder ${folder.id}: call ${entry.callId} does not exist`]),
        ...(users.has(entry.addedBy) ? [] : [`library folder ${folder.id}: added by ${entry.addedBy}`]),
      ]),
    ]);
    expect(violations, "library folders").toEqual([]);
  });

  it("has comments, activity, access grants, manual CRM associations and logs by users that exist", () => {
    const violations = [
      ...state.calls.flatMap((call) => [
        ...(call.comments ?? [])
          .filter((comment) => !users.has(comment.commenterUserId))
          .map((comment) => `call ${call.id}: comment ${comment.id} by ${comment.commenterUserId}`),
        ...(call.comments ?? [])
          .filter(
            (comment) => comment.inReplyTo && !call.comments?.some((other) => other.id === comment.inReplyTo),
          )
          .map((comment) => `call ${call.id}: comment ${comment.id} replies to ${comment.inReplyTo}`),
        ...(call.activity ?? [])
          .filter((event) => !users.has(event.userId))
          .map((event) => `call ${call.id}: ${event.kind} by ${event.userId}`),
      ]),
      ...state.callAccessGrants.flatMap((grant) => [
        ...(calls.has(grant.callId) ? [] : [`access grant: call ${grant.callId} does not exist`]),
        ...(users.has(grant.userId) ? [] : [`access grant on ${grant.callId}: user ${grant.userId}`]),
      ]),
      ...(state.manualCrmAssociations ?? []).flatMap((association) => [
        ...(calls.has(association.callId) ? [] : [`manual CRM association: call ${association.callId}`]),
        ...(users.has(association.userId) ? [] : [`manual CRM association: user ${association.userId}`]),
      ]),
      ...state.logs
        .filter((log) => !users.has(log.userId))
        .map((log) => `${log.logType} at ${log.eventTime}: user ${log.userId} does not exist`),
      ...state.settingsHistory
        .filter((history) => !users.has(history.userId))
        .map((history) => `settings history: user ${history.userId} does not exist`),
    ];
    expect(violations, "users and calls referred to").toEqual([]);
  });

  it("has call outcomes, permission profiles and log authors that exist", () => {
    const outcomes = new Set(state.callOutcomes.map((outcome) => outcome.id));
    const profiles = new Set(state.permissionProfiles.map((profile) => profile.id));
    const emails = new Map(state.users.map((user) => [user.id, user.emailAddress]));
    const violations = [
      ...state.calls
        .filter((call) => call.callOutcomeId && !outcomes.has(call.callOutcomeId))
        .map((call) => `call ${call.id}: outcome ${call.callOutcomeId} does not exist`),
      ...state.users
        .filter((user) => !profiles.has(user.permissionProfileId))
        .map((user) => `user ${user.id}: permission profile ${user.permissionProfileId} does not exist`),
      ...state.permissionProfiles
        .filter((profile) => !workspaces.has(profile.workspaceId))
        .map((profile) => `permission profile ${profile.id}: workspace ${profile.workspaceId}`),
      ...state.logs
        .filter((log) => emails.get(log.userId) !== log.userEmailAddress)
        .map(
          (log) => `${log.logType} at ${log.eventTime}: ${log.userEmailAddress} is not user ${log.userId}'s`,
        ),
    ];
    expect(violations, "outcomes, profiles and log authors").toEqual([]);
  });
});
