// Input refused before any request: a date where Gong wants a date-time says what to write, and a range that
// ends before it starts names both fields. The sandbox records every exchange, so "nothing sent" is checked.
import { describe, expect, it } from "vitest";
import { sandboxWithClient } from "../../../../test/support/sandbox-client.js";
import { rangeIssues } from "./validate-input.js";

describe("date-times in an action's input", () => {
  it("says what to write instead of a date without a time, and sends nothing", async () => {
    const { client, exchanges } = sandboxWithClient();
    const result = await client.runById("GONG_RETRIEVE_CALL_DATA_BY_DATE_RANGE_V2_CALLS", {
      fromDateTime: "2026-11-01",
      toDateTime: "2026-11-30T00:00",
    });
    expect(result.error?.code).toBe("invalid_input");
    expect(result.error?.fields).toEqual([
      {
        path: "fromDateTime",
        message:
          '"2026-11-01" is a date without a time; write "2026-11-01T00:00:00Z" (or with your offset, e.g. "2026-11-01T00:00:00-05:00")',
      },
      {
        path: "toDateTime",
        message:
          '"2026-11-30T00:00" has no time zone; write "2026-11-30T00:00:00Z" for UTC (or with your offset, e.g. "2026-11-30T00:00:00-05:00")',
      },
    ]);
    expect(result.error?.message).toContain('fromDateTime: "2026-11-01" is a date without a time; write');
    expect(exchanges).toHaveLength(0);
  });
});

describe("ranges in an action's input", () => {
  it("refuses a start after the end, naming both fields, before any request", async () => {
    const { client, exchanges } = sandboxWithClient();
    const nested = await client.runById("GONG_RETRIEVE_FILTERED_CALL_DETAILS", {
      filter: { fromDateTime: "2026-09-01T00:00:00Z", toDateTime: "2026-08-01T00:00:00-04:00" },
    });
    expect(nested.error?.code).toBe("invalid_input");
    expect(nested.error?.message).toBe(
      "Invalid input for GONG_RETRIEVE_FILTERED_CALL_DETAILS: filter.fromDateTime: " +
        '"2026-09-01T00:00:00Z" is after filter.toDateTime "2026-08-01T00:00:00-04:00": a range must start before it ends',
    );
    const days = await client.runById("GONG_AGGREGATE_USER_ACTIVITY_STATISTICS", {
      filter: { fromDate: "2026-09-01", toDate: "2026-08-01" },
    });
    expect(days.error?.fields?.map((field) => field.path)).toEqual(["filter.fromDate"]);
    expect(exchanges).toHaveLength(0);
  });

  it("compares instants, not their text, and leaves ranges in order alone", () => {
    // 09:00 in New York is after 12:00 UTC the same day, though its text sorts first.
    expect(
      rangeIssues({ fromDateTime: "2026-11-02T09:00:00-05:00", toDateTime: "2026-11-02T12:00:00Z" }),
    ).toEqual([expect.objectContaining({ path: "fromDateTime" })]);
    expect(
      rangeIssues({ createdFromDateTime: "2026-01-01T00:00:00Z", createdToDateTime: "2025-01-01T00:00:00Z" }),
    ).toEqual([expect.objectContaining({ path: "createdFromDateTime" })]);
    expect(rangeIssues({ filter: { fromDate: "2026-08-01", toDate: "2026-09-01" } })).toEqual([]);
    expect(rangeIssues({ fromDateTime: "2026-08-01T00:00:00Z" })).toEqual([]);
    expect(rangeIssues({ from: "Alice", to: "Bob" })).toEqual([]);
  });

  it("sends a range in order", async () => {
    const { client, exchanges } = sandboxWithClient();
    const result = await client.runById("GONG_RETRIEVE_FILTERED_CALL_DETAILS", {
      filter: { fromDateTime: "2026-08-01T00:00:00Z", toDateTime: "2026-09-01T00:00:00Z" },
    });
    expect(result.successful).toBe(true);
    expect(exchanges).toHaveLength(1);
  });
});
