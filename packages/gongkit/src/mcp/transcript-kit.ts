// Parts the transcript tools share: the call id argument and the schema of the requests they report.
import { z } from "zod";

/** A Gong id: digits in a string (a JSON number would round ids of 16+ digits). */
export const digitId = z
  .string({ error: 'expected the id as a string of digits, e.g. "7782342274025937895"' })
  .regex(/^\d{1,20}$/, 'expected the id as a string of digits, e.g. "7782342274025937895"');

/** JSON Schema of `requestSummary(...)`, for output schemas. */
export const requestsSchema = { type: "object" };
