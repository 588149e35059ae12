// Six processes share one stored OAuth connection on Postgres and call through waves of token expiries:
// Gong's single-use refresh tokens must be refreshed exactly once per expiry (one process refreshes under the
// row lock, the others use what it stored), with no invalid_grant and no failed call.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createSandbox, sandboxOAuthClient } from "@gongkit/sandbox";
import { connectOAuth } from "gongkit/internal/connections/oauth-connections.js";
import { newKey, parseKey, secretBox } from "gongkit/internal/connections/secret-box.js";
import { afterAll, describe, expect, it } from "vitest";
import { backends, onPostgres, testDatabaseUrl } from "../support/stores.js";

const run = promisify(execFile);

describe.runIf(testDatabaseUrl)(onPostgres("OAuth refresh race across processes on Postgres"), () => {
  const postgres = backends().find((b) => b.name === "postgres");
  afterAll(() => postgres?.cleanup());

  it("refreshes once per expiry for 6 processes x 3 waves of 10 calls, with no invalid_grant", async () => {
    const schema = postgres?.freshSchema() ?? "";
    const db = await postgres?.open(schema);
    if (!db) throw new Error("no postgres backend");
    const sandbox = createSandbox({ rateLimit: false, oauth: { accessTokenTtlSeconds: 3 } });
    const server = await sandbox.listen({ port: 0 });
    try {
      const key = newKey();
      const box = secretBox(parseKey(key, "test key"));
      const redirectUri = sandboxOAuthClient.redirectUris[0] ?? "";
      const { code } = sandbox.oauth.approve({ scope: ["api:workspaces:read"], redirectUri });
      const app = { ...sandboxOAuthClient, oauthBaseUrl: server.oauthUrl };
      await connectOAuth({ db, box, name: "shared", app, code, redirectUri });
      await db.close();
      // The first wave lands after the first token expired (3 s), once every process has started.
      const waves = 3;
      const start = Date.now() + 8_000; // room for 6 tsx start-ups on a busy 2-core machine
      const outputs = await Promise.all(
        Array.from({ length: 6 }, () =>
          run("node", [
            "--conditions=@gongkit/source",
            "--import",
            "tsx",
            "test/support/oauth-race-worker.ts",
            testDatabaseUrl ?? "",
            schema,
            key,
            "shared",
            String(start),
            String(waves),
            "10",
            "3500",
          ]),
        ),
      );
      const reports = outputs.map(
        (o) => JSON.parse(o.stdout.trim()) as { ok: number; late: number; failures: string[] },
      );
      expect(reports.flatMap((r) => r.failures)).toEqual([]);
      expect(reports.map((r) => r.late)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(reports.map((r) => r.ok)).toEqual([30, 30, 30, 30, 30, 30]);
      expect(sandbox.oauth.stats.invalidGrants).toBe(0);
      expect(sandbox.oauth.stats.refreshes).toBe(waves);
    } finally {
      await server.close();
    }
  }, 90_000);
});
