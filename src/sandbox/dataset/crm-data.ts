// Placeholder: the crm slice of the sandbox state is filled in with its handlers.
// biome-ignore lint/complexity/noBannedTypes: filled in next
export type CrmState = {};
