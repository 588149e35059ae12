// Type-level checks (enforced by `tsc` in npm test): TypeScript infers each action's input and output.

import type { ActionInput } from "@gongkit/client/internal/catalog/types.js";
import { createGongClient } from "@gongkit/client/internal/client/client.js";
import type { Envelope } from "@gongkit/client/internal/core/envelope.js";
import { describe, expectTypeOf, it } from "vitest";

const client = createGongClient({
  baseUrl: "https://us-1.api.gong.io",
  auth: { type: "basic", accessKey: "k", accessKeySecret: "s" },
  fetch: async () => new Response("{}"),
});

describe("typed access", () => {
  it("infers inputs and outputs from the action id", () => {
    type Input = ActionInput<"GONG_GET_CALL_TRANSCRIPT">;
    expectTypeOf<Input["filter"]["callIds"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Input["cursor"]>().toEqualTypeOf<string | undefined>();
    type Result = Awaited<ReturnType<typeof client.run<"GONG_GET_CALL_BY_ID">>>;
    expectTypeOf<Result>().toExtend<Envelope<unknown>>();
    expectTypeOf<NonNullable<Result["data"]>["call"]>().not.toBeAny();
  });

  it("rejects wrong inputs at compile time", () => {
    const never = () => {
      // @ts-expect-error: `filter` is required
      void client.run("GONG_GET_CALL_TRANSCRIPT", {});
      // @ts-expect-error: callIds are strings
      void client.run("GONG_GET_CALL_TRANSCRIPT", { filter: { callIds: [1] } });
      // @ts-expect-error: not an action id
      void client.run("GONG_NOT_AN_ACTION", {});
      // no required field: the input may be left out
      void client.run("GONG_LIST_ALL_COMPANY_WORKSPACES_V2_WORKSPACES");
    };
    expectTypeOf(never).toBeFunction();
  });

  it("returns int64 ids as strings", async () => {
    type Cards = NonNullable<
      Awaited<ReturnType<typeof client.run<"GONG_CREATE_ACTIVITY_SCORECARDS_REPORT">>>["data"]
    >;
    type Card = NonNullable<Cards["answeredScorecards"]>[number];
    expectTypeOf<Card["callId"]>().toEqualTypeOf<string | null | undefined>();
  });
});
