// gong_find_user: the Gong users whose name or email contains what the agent typed (part of a name, a first name,
// an email's start), read from the company's user list (one request per 100 users), within the result budget.
import { z } from "zod";
import {
  fitCount,
  type McpTool,
  parseToolArgs,
  readOnlyAnnotations,
  requestSummary,
  structuredResult,
  trackRequests,
} from "../tool-kit.js";
import { listUsers, nameOf, type User } from "./resolve-rep.js";

const argsSchema = z.strictObject({
  query: z.string().trim().min(2, "must be at least 2 characters of a name or an email"),
  limit: z.int("must be a whole number").min(1, "must be 1 to 50").max(50, "must be 1 to 50").default(10),
});

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s.@_-]+/)
    .filter(Boolean);

/** The query is in the name or an address, or each of its words starts a word of the name. */
function matches(user: User, query: string): boolean {
  const name = nameOf(user).toLowerCase();
  const addresses = [user.emailAddress, ...(user.emailAliases ?? [])].flatMap((a) =>
    a ? [a.toLowerCase()] : [],
  );
  if (name.includes(query) || addresses.some((address) => address.includes(query))) return true;
  const parts = words(name);
  return words(query).every((word) => parts.some((part) => part.startsWith(word)));
}

export const findUserTool: McpTool = {
  definition: {
    name: "gong_find_user",
    title: "Find a Gong user",
    description:
      "Gong users whose name or email contains the query, with id, email, title and whether active. 1 Gong request per 100 users.",
    inputSchema: {
      type: "object",
      properties: {
        query: { type: "string", description: "Part of a name or email" },
        limit: { type: "integer", minimum: 1, maximum: 50 },
      },
      required: ["query"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: { users: { type: "array" }, matched: { type: "integer" } },
    },
    annotations: readOnlyAnnotations,
  },

  async call(args, context) {
    const parsed = parseToolArgs("gong_find_user", argsSchema, args, { query: "priya" });
    if (!parsed.ok) return parsed.result;
    const query = parsed.value.query.toLowerCase();
    const tracker = trackRequests(context.client);
    const listed = await listUsers(tracker.run, tracker.used);
    if ("failure" in listed) return listed.failure;
    const found = listed.users
      .filter((user) => matches(user, query))
      .map((user) => ({
        id: user.id ?? "",
        name: nameOf(user),
        email: user.emailAddress ?? null,
        title: user.title ?? null,
        active: user.active !== false,
      }));
    const shown = found.slice(0, parsed.value.limit);
    const fixed = {
      matched: found.length,
      usersRead: listed.users.length,
      ...(listed.complete ? {} : { note: `Only the first ${listed.users.length} users were read.` }),
      requests: requestSummary(tracker.used),
    };
    const fitted = fitCount(
      (count) => ({ users: shown.slice(0, count), ...fixed }),
      shown,
      context.budgetTokens,
    );
    return structuredResult(fitted?.value ?? { users: [], ...fixed });
  },
};
