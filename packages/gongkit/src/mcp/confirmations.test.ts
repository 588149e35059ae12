import { describe, expect, it } from "vitest";
import { confirmationTtlMs, createConfirmations } from "./confirmations.js";

const input = { meetingId: "7782342274025937895", organizerEmail: "rep@example.com" };

describe("confirmation tokens belong to their caller", () => {
  it("accepts a token only from the caller it was issued to", () => {
    const confirmations = createConfirmations();
    const { token } = confirmations.issue("key:a", "GONG_DELETE_MEETING", input);
    expect(confirmations.consume("key:b", "GONG_DELETE_MEETING", input, token)).toBe("unknown");
    expect(confirmations.consume("key:a", "GONG_DELETE_MEETING", input, token)).toBe("ok");
    expect(confirmations.consume("key:a", "GONG_DELETE_MEETING", input, token)).toBe("used");
  });

  it("keeps another caller's pending token valid through one caller's flood of previews", () => {
    const confirmations = createConfirmations();
    const kept = confirmations.issue("key:b", "GONG_DELETE_MEETING", input).token;
    const first = confirmations.issue("key:a", "GONG_DELETE_MEETING", input).token;
    for (let i = 0; i < 1500; i++) confirmations.issue("key:a", "GONG_DELETE_MEETING", { ...input, i });
    expect(confirmations.consume("key:a", "GONG_DELETE_MEETING", input, first)).toBe("unknown");
    expect(confirmations.consume("key:b", "GONG_DELETE_MEETING", input, kept)).toBe("ok");
  });

  it("expires tokens after five minutes", () => {
    let now = 0;
    const confirmations = createConfirmations(() => now);
    const { token } = confirmations.issue("local", "GONG_DELETE_MEETING", input);
    now = confirmationTtlMs;
    expect(confirmations.consume("local", "GONG_DELETE_MEETING", input, token)).toBe("expired");
  });
});
