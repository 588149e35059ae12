// The process holding a PGlite store serves it to other gongkit processes on a Unix socket next to the data
// dir (mode 0600, inside the 0700 data dir): `gongkit api-keys create` or `gongkit run --connection` beside a
// running `gongkit serve` then reach the one database instead of failing on the lock. Queries run on the
// holder's PGlite, which runs one statement or transaction at a time; a remote transaction holds it until its
// commit or rollback, and is rolled back when its client goes away or stays silent for too long.
import { randomUUID } from "node:crypto";
import { chmodSync, unlinkSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import type { Db } from "./db.js";
import { decodeFrame, encodeFrame, lineReader, type Reply, type Request } from "./wire.js";

/** A remote transaction silent this long is rolled back, so a stuck client cannot hold the store. */
export const remoteTransactionIdleMs = 30_000;

class RolledBack extends Error {}

interface OpenTransaction {
  tx: Db;
  end(commit: boolean): void;
  done: Promise<void>;
  timer?: NodeJS.Timeout;
}

/** Where the holder of the PGlite store in `dataDir` answers. */
export function storeSocketPath(dataDir: string): string {
  return `${dataDir}.sock`;
}

function errorOf(error: unknown): { message: string; code?: string } {
  const { message, code } = error as { message?: unknown; code?: unknown };
  const text = typeof message === "string" ? message : String(error);
  return typeof code === "string" ? { message: text, code } : { message: text };
}

/** One client connection: its frames answered in order of arrival, its open transactions its own. */
function session(db: Db, socket: Socket): void {
  const transactions = new Map<string, OpenTransaction>();
  const send = (reply: Reply) => {
    if (!socket.destroyed) socket.write(encodeFrame(reply));
  };

  const openTransaction = (id: string): OpenTransaction => {
    const open = transactions.get(id);
    if (!open)
      throw new Error(
        `No open transaction ${id} (it was rolled back after ${remoteTransactionIdleMs / 1000} s without a statement, or its connection closed).`,
      );
    return open;
  };

  const finish = async (id: string, commit: boolean) => {
    const open = openTransaction(id);
    transactions.delete(id);
    clearTimeout(open.timer);
    open.end(commit);
    await open.done;
  };

  const touch = (id: string, open: OpenTransaction) => {
    clearTimeout(open.timer);
    open.timer = setTimeout(() => void finish(id, false).catch(() => {}), remoteTransactionIdleMs);
    open.timer.unref();
  };

  const begin = async (): Promise<string> => {
    const id = randomUUID();
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    let end!: (commit: boolean) => void;
    const ended = new Promise<boolean>((resolve) => (end = resolve));
    const open = { end } as OpenTransaction;
    open.done = db
      .transaction(async (tx) => {
        open.tx = tx;
        started();
        if (!(await ended)) throw new RolledBack();
      })
      .catch((error) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    await Promise.race([ready, open.done]);
    transactions.set(id, open);
    touch(id, open);
    return id;
  };

  const handle = async (request: Request): Promise<Reply> => {
    switch (request.op) {
      case "hello":
        return { id: request.id, rows: [], pid: process.pid };
      case "begin":
        return { id: request.id, rows: [], tx: await begin() };
      case "commit":
      case "rollback":
        await finish(request.tx, request.op === "commit");
        return { id: request.id, rows: [] };
      case "query": {
        if (request.tx === undefined)
          return { id: request.id, rows: await db.query(request.sql, request.params) };
        const open = openTransaction(request.tx);
        touch(request.tx, open);
        return { id: request.id, rows: await open.tx.query(request.sql, request.params) };
      }
    }
  };

  socket.on(
    "data",
    lineReader((line) => {
      let request: Request;
      try {
        request = decodeFrame<Request>(line);
      } catch {
        socket.destroy();
        return;
      }
      handle(request).then(send, (error) => send({ id: request.id, error: errorOf(error) }));
    }),
  );
  socket.on("error", () => {});
  socket.on("close", () => {
    for (const id of [...transactions.keys()]) void finish(id, false).catch(() => {});
  });
}

/** Serves `db` on the socket at `path` until the returned close is called. */
export async function serveStore(db: Db, path: string): Promise<() => Promise<void>> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    session(db, socket);
  });
  // The caller holds the store's lock: a socket file left here is a dead holder's.
  try {
    unlinkSync(path);
  } catch {}
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  server.unref();
  return async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
