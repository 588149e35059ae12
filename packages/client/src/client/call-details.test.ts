import { describe, expect, it } from "vitest";
import { getAction } from "../catalog/index.js";
import { callDetailParts, callDetailsInput } from "./call-details.js";

describe("filtered call-details requests", () => {
  it("exposes exactly the parts asked for, with the cursor when given", () => {
    expect(callDetailsInput({ callIds: ["1"] }, ["parties", "context"], "c1")).toEqual({
      filter: { callIds: ["1"] },
      contentSelector: { context: "Extended", exposedFields: { parties: true } },
      cursor: "c1",
    });
    expect(callDetailsInput({ fromDateTime: "2026-12-01T00:00:00Z" }, [])).toEqual({
      filter: { fromDateTime: "2026-12-01T00:00:00Z" },
      contentSelector: { exposedFields: {} },
    });
  });

  it("builds inputs the action's schema accepts, for every part at once", () => {
    const input = callDetailsInput({ callIds: ["7782342274025937895"] }, callDetailParts, "cursor");
    const parsed = getAction("GONG_RETRIEVE_FILTERED_CALL_DETAILS").input.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(Object.keys(input.contentSelector?.exposedFields ?? {}).sort()).toEqual(
      ["collaboration", "content", "interaction", "media", "parties"].sort(),
    );
  });
});
