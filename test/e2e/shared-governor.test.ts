// Four processes share one Gong tenant through the Postgres-backed governor: at the sandbox, no one-second
// window ever holds more than 3 of their requests.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createSandbox } from "@gongkit/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { backends, onPostgres, testDatabaseUrl } from "../support/stores.js";

const run = promisify(execFile);

describe.runIf(testDatabaseUrl)(onPostgres("shared rate governor on Postgres"), () => {
  const postgres = backends().find((b) => b.name === "postgres");
  afterAll(() => postgres?.cleanup());

  it("keeps 4 processes together under 3 requests a second", async () => {
    const schema = postgres?.freshSchema() ?? "";
    await (await postgres?.open(schema))?.close(); // migrate once up front
    const sandbox = createSandbox({ rateLimit: false });
    const server = await sandbox.listen({ port: 0 });
    const { accessKey, accessKeySecret } = sandbox.credentials;
    const perProcess = 6;
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run("node", [
          "--conditions=@gongkit/source",
          "--import",
          "tsx",
          "test/support/governor-worker.ts",
          testDatabaseUrl ?? "",
          schema,
          server.url,
          accessKey,
          accessKeySecret,
          String(perProcess),
        ]),
      ),
    );
    await server.close();
    expect(outputs.map((o) => JSON.parse(o.stdout.trim()).ok)).toEqual([
      perProcess,
      perProcess,
      perProcess,
      perProcess,
    ]);
    const times = sandbox.requestLog.map((entry) => entry.at).sort((a, b) => a - b);
    expect(times).toHaveLength(4 * perProcess);
    const busiest = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(3);
  }, 60_000);
});
