import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse } from "./official-spec.js";

describe("official spec referee", () => {
  it("accepts a valid calls page and rejects a wrong type", () => {
    const body = {
      requestId: "r1",
      records: { totalRecords: 1, currentPageSize: 1, currentPageNumber: 0 },
      calls: [{ id: "7782342274025937895", started: "2026-08-01T10:00:00Z", duration: 60 }],
    };
    expect(validateResponse("GET", "/v2/calls", 200, body)).toEqual([]);
    const broken = { ...body, calls: [{ id: 778234, duration: "long" }] };
    expect(validateResponse("GET", "/v2/calls", 200, broken).length).toBeGreaterThan(0);
  });

  it("checks required query parameters and body fields", () => {
    expect(validateRequest("GET", "/v2/calls", { path: {}, query: {} }).length).toBeGreaterThan(0);
    const ok = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" };
    expect(validateRequest("GET", "/v2/calls", { path: {}, query: ok })).toEqual([]);
    expect(
      validateRequest("POST", "/v2/calls/transcript", { path: {}, query: {}, body: { filter: {} } }),
    ).toEqual([]);
    expect(
      validateRequest("POST", "/v2/calls/transcript", { path: {}, query: {}, body: { filter: 3 } }).length,
    ).toBe(1);
  });
});
