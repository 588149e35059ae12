import { describe, expect, it } from "vitest";
import { getAction } from "../catalog/index.js";
import { idPaths, normalizeIds } from "./id-paths.js";

describe("int64 id paths", () => {
  it("finds the int64 ids of an action's output from its schema", () => {
    const paths = idPaths(getAction("GONG_CREATE_ACTIVITY_SCORECARDS_REPORT").output).map((p) => p.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["answeredScorecards.[].callId", "answeredScorecards.[].answers.[].questionId"]),
    );
    expect(paths).not.toContain("answeredScorecards.[].callStartTime");
    expect(idPaths(getAction("GONG_GET_CALL_TRANSCRIPT").output)).toEqual([]);
  });

  it("rewrites numbers and bigints at those paths as digit strings and leaves the rest alone", () => {
    const data = {
      answeredScorecards: [
        {
          callId: 7782342274025937895n,
          scorecardId: 12,
          answers: [{ questionId: 5n, score: 3 }],
          callStartTime: "x",
        },
      ],
    };
    normalizeIds(data, idPaths(getAction("GONG_CREATE_ACTIVITY_SCORECARDS_REPORT").output));
    expect(data.answeredScorecards[0]).toEqual({
      callId: "7782342274025937895",
      scorecardId: "12",
      answers: [{ questionId: "5", score: 3 }],
      callStartTime: "x",
    });
  });
});
