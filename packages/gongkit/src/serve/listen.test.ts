import { request } from "node:http";
import { connect } from "node:net";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loopbackHostnamesFor, mcpHttpApp } from "./http-app.js";
import { listen } from "./listen.js";

describe("listen", () => {
  it("drops a client that trickles its body instead of holding the socket for minutes", async () => {
    const app = new Hono().post("/echo", async (c) => c.text(await c.req.text()));
    const server = await listen(app, "127.0.0.1", 0, { requestMs: 300 });
    const socket = connect(server.port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.write("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nab");
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), 10_000);
      socket.on("close", () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
    socket.destroy();
    await server.close();
    expect(closed).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it("answers to the loopback address it is bound to, not only to the usual names", async () => {
    expect(loopbackHostnamesFor("127.0.0.2")).toEqual(["localhost", "127.0.0.1", "[::1]", "127.0.0.2"]);
    expect(loopbackHostnamesFor("::1")).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    const app = mcpHttpApp({
      serverFactory: () => {
        throw new Error("not reached");
      },
      verifyKey: async () => null,
      allowedHostnames: loopbackHostnamesFor("127.0.0.2"),
    });
    const server = await listen(app, "127.0.0.2", 0);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: "127.0.0.2", port: server.port, path: "/healthz", headers: { host } });
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    const answers = [await status(`127.0.0.2:${server.port}`), await status("evil.example")];
    await server.close();
    expect(answers).toEqual([200, 403]);
  });
});
