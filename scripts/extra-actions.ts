// Operations of the official spec that the shared action list lacks, with ids in the list's style.
export const extraActions: Record<string, string> = {
  GONG_ASK_ENTITY: "askEntity",
  GONG_GET_ENTITY_BRIEF: "generateBrief",
  GONG_LIST_BRIEFS_V2_SETTINGS_BRIEFS: "listBriefs",
  GONG_GET_FLOW_STEPS: "getFlowSteps",
  GONG_SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT: "submitFlowProspectsBulkAssignment",
  GONG_GET_FLOW_PROSPECTS_BULK_ASSIGNMENT: "getFlowProspectsBulkAssignment",
  GONG_ASSIGN_PROSPECTS_TO_FLOW_OVERRIDING_COOL_OFF: "assignProspectsCoolOffOverrides",
  GONG_UNASSIGN_FLOWS_BY_INSTANCE_ID: "unassignFlows",
  GONG_UPDATE_INTEGRATION_SETTINGS: "integrationSettings",
  GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA: "uploadCrmSchemaField",
  GONG_UPDATE_TASK_V2_TASKS_TASK_ID: "updateReminder",
};

// Ids kept callable for compatibility; each points at the id that replaces it.
export const deprecatedAliases: Record<string, string> = {
  GONG_RETRIEVE_TRANSCRIPTS_OF_CALLS_V2_CALLS_TRANSCRIPT: "GONG_GET_CALL_TRANSCRIPT",
};
