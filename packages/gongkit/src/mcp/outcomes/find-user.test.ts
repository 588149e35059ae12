import { describe, expect, it } from "vitest";
import { toolContext } from "../../../../../test/support/mcp-pair.js";
import { findUserTool } from "./find-user.js";

interface Found {
  users: { id: string; name: string; email: string | null; title: string | null; active: boolean }[];
  matched: number;
  usersRead: number;
  requests: { count: number };
}

function setup() {
  const { sandbox, context, exchanges } = toolContext();
  const find = async (args: Record<string, unknown>) => {
    const result = await findUserTool.call(args, context);
    return { result, found: result.structuredContent as unknown as Found };
  };
  return { users: sandbox.state.users, exchanges, find };
}

describe("gong_find_user", () => {
  it("finds users by part of a name or an email, in one request per 100 users", async () => {
    const { users, find } = setup();
    const someone = users.find((user) => user.firstName && user.lastName && user.emailAddress);
    const first = someone?.firstName?.slice(0, 3).toLowerCase() ?? "";
    const { found } = await find({ query: first });
    const expected = users.filter(
      (user) =>
        `${user.firstName} ${user.lastName}`.toLowerCase().includes(first) ||
        [user.emailAddress, ...(user.emailAliases ?? [])].some((a) => a?.toLowerCase().includes(first)) ||
        [user.firstName, user.lastName].some((part) => part?.toLowerCase().startsWith(first)),
    );
    expect(found.matched).toBe(expected.length);
    expect(found.users.map((user) => user.id)).toContain(someone?.id);
    expect(found.usersRead).toBe(users.length);
    expect(found.requests.count).toBe(Math.ceil(users.length / 100));
    const byEmail = await find({ query: someone?.emailAddress?.toUpperCase() });
    expect(byEmail.found.users.map((user) => user.id)).toEqual([someone?.id]);
  });

  it("caps the list at limit, says how many matched, and refuses a one-letter query sending nothing", async () => {
    const { exchanges, find } = setup();
    const { found } = await find({ query: "an", limit: 1 });
    expect(found.users.length).toBeLessThanOrEqual(1);
    expect(found.matched).toBeGreaterThanOrEqual(found.users.length);
    const sent = exchanges.length;
    const short = await find({ query: "a" });
    expect(short.result.isError).toBe(true);
    expect(exchanges.length).toBe(sent);
  });
});
