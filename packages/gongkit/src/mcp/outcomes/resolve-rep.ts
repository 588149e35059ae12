// Turns the `rep` an agent names (an email address or a person's name) into one Gong user id, reading the
// company's user list page by page. A name that fits several users is refused with the candidates listed.

import type { ActionOutput } from "@gongkit/client/internal/catalog/types.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { errorText, type RequestUsed } from "../tool-kit.js";
import { gongFailed, type Run } from "./call-data.js";

const usersAction = "GONG_LIST_ALL_USERS_V2_USERS";
export type User = NonNullable<ActionOutput<typeof usersAction>["users"]>[number];

/** 100 users a page: enough for companies of up to 2,000 users. */
const userPageCap = 20;

export interface RepMatch {
  id: string;
  name: string;
  email: string | null;
}

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
export const nameOf = (user: User) => [user.firstName, user.lastName].filter(Boolean).join(" ");

function matchOf(user: User): RepMatch {
  return { id: user.id ?? "", name: nameOf(user), email: user.emailAddress ?? null };
}

function hasEmail(user: User, email: string): boolean {
  return [user.emailAddress, ...(user.emailAliases ?? [])].some(
    (address) => address?.toLowerCase() === email,
  );
}

/** Users whose full name is the text; failing that, users whose name words start with each word typed. */
function byName(users: readonly User[], rep: string): User[] {
  const wanted = words(rep);
  const exact = users.filter((user) => words(nameOf(user)).join(" ") === wanted.join(" "));
  if (exact.length) return exact;
  return users.filter((user) => {
    const name = words(nameOf(user));
    return wanted.every((word) => name.some((part) => part.startsWith(word)));
  });
}

/**
 * The company's users, a page of 100 per request, up to 20 pages; `enough` stops the reading early. `complete`
 * is false when users were left unread.
 */
export async function listUsers(
  run: Run,
  used: readonly RequestUsed[],
  enough: (users: readonly User[]) => boolean = () => false,
): Promise<{ users: User[]; complete: boolean } | { failure: CallToolResult }> {
  const users: User[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < userPageCap; page++) {
    const result = await run(usersAction, cursor ? { cursor } : {});
    if (!result.successful) return { failure: gongFailed(result.error, used) };
    const data = result.data as ActionOutput<typeof usersAction>;
    users.push(...(data.users ?? []).filter((user) => user.id));
    cursor = data.records?.cursor ?? undefined;
    if (!cursor || enough(users)) return { users, complete: !cursor };
  }
  return { users, complete: false };
}

export async function resolveRep(
  rep: string,
  run: Run,
  used: readonly RequestUsed[],
): Promise<{ user: RepMatch } | { failure: CallToolResult }> {
  const email = rep.includes("@") ? rep.trim().toLowerCase() : undefined;
  const listed = await listUsers(
    run,
    used,
    (users) => !!email && users.some((user) => hasEmail(user, email)),
  );
  if ("failure" in listed) return listed;
  const { users } = listed;
  const found = email ? users.find((user) => hasEmail(user, email)) : undefined;
  if (found) return { user: matchOf(found) };
  const partial = listed.complete ? "" : ` (only the first ${users.length} users were read)`;
  if (email) {
    return {
      failure: errorText(
        `No Gong user has the email ${email}${partial}. Pass the rep's Gong login email or their name as rep.`,
      ),
    };
  }
  const candidates = byName(users, rep);
  const [only] = candidates;
  if (only && candidates.length === 1) return { user: matchOf(only) };
  if (candidates.length > 1) {
    const list = candidates.map((user) => {
      const title = user.title ? `, ${user.title}` : "";
      const active = user.active === false ? ", inactive" : "";
      return `- ${nameOf(user)} <${user.emailAddress ?? "no email"}>${title}${active}`;
    });
    return {
      failure: errorText(
        `rep "${rep}" is ambiguous: ${candidates.length} Gong users match and no calls were searched. Call again with the email of the one you mean as rep:\n${list.join("\n")}`,
      ),
    };
  }
  return {
    failure: errorText(
      `No Gong user is named "${rep}"${partial} (${users.length} users checked). Pass the rep's full name or Gong login email as rep.`,
    ),
  };
}
