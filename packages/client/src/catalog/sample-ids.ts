// Ids the catalogue's examples use. The sandbox seeds records with exactly these ids, so every example
// succeeds against it; they are also realistic for Gong (19-digit ids, int64 values above 2^53).
export const sampleIds = {
  /**
   * The instant the sample data and examples are written at (the end of Friday 2026-09-11 in New York) and the
   * start of the 28 weeks of calls before it. The sandbox moves both to the present (see sample-clock.ts);
   * tests pin its clock here.
   */
  sandboxNow: "2026-09-12T04:00:00Z",
  datasetFrom: "2026-02-28T04:00:00Z",
  /** When the sample call started (a 45-minute external discovery call). */
  callStarted: "2026-08-18T16:00:00Z",
  companyWorkspaceId: "5418723006345287811",
  secondWorkspaceId: "6203947189221056473",
  /** A sales rep in the main workspace who owns calls, flows and tasks. */
  repUserId: "2345678901234567890",
  repEmail: "dana.reyes@acme-sales.example",
  /** The rep's manager (also a Gong user); int64-safe as a query parameter. */
  managerUserId: "3456789012345678901",
  managerEmail: "morgan.blake@acme-sales.example",
  /** A recorded external call with parties, transcript, trackers and a scorecard answer. */
  callId: "7782342274025937895",
  /** A call created through the API with no media yet: the media-upload example targets it. */
  callAwaitingMediaId: "7782342274025937001",
  /** An external customer contact who appears in calls (email and phone), used by the privacy actions. */
  customerEmail: "priya.natarajan@globex.example",
  customerPhone: "+14155550142",
  libraryFolderId: "4410000000000000017",
  trackerId: "6612345678901234567",
  scorecardId: "8123456789012345670",
  permissionProfileId: "9011223344556677889",
  /** Meeting, task and CRM-integration ids are int64 and above 2^53, as Gong's are. */
  meetingId: "9007199254740993123",
  taskId: "9007199254740995001",
  crmIntegrationId: "9007199254740997777",
  crmAccountId: "0015g00000AcmeGlx",
  flowId: "9007199254741000011",
  flowFolderId: "9007199254741000100",
  flowInstanceId: "fi-7c1d2e3f-0001",
  /** The customer contact's CRM id (the flow prospect and the CRM CONTACT record). */
  crmContactId: "0035g00000PriyaN",
  crmDealId: "0065g00000GlobexQ3",
  /** The clientRequestId of the account upload the sandbox starts with (status DONE). */
  crmSeedUploadRequestId: "seed-accounts-2026-08-31",
  flowBulkAssignmentId: "ba-2026-0001",
} as const;
