// A store reached through the gongkit process holding it (see store-socket.ts): the same Db interface, each
// query and transaction carried over the holder's Unix socket to its PGlite.
import { connect, type Socket } from "node:net";
import type { Db } from "./db.js";
import { decodeFrame, encodeFrame, lineReader, type Reply, type Request } from "./wire.js";

type Answer = Extract<Reply, { rows: unknown[] }>;
type Pending = { resolve(reply: Answer): void; reject(error: Error): void };
/** A request before it is numbered (Omit applied to each member of the union). */
type Unnumbered<R> = R extends unknown ? Omit<R, "id"> : never;
type Outgoing = Unnumbered<Request>;

function failure(error: { message: string; code?: string }): Error {
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/** Connects to the holder's socket; rejects when nobody answers there within `timeoutMs`. */
export async function connectStore(path: string, timeoutMs = 2_000): Promise<Db & { holderPid: number }> {
  const socket: Socket = connect(path);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let gone: Error | undefined;

  socket.on(
    "data",
    lineReader((line) => {
      const reply = decodeFrame<Reply>(line);
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ("error" in reply) waiting?.reject(failure(reply.error));
      else waiting?.resolve(reply as Answer);
    }),
  );
  const closed = (error?: Error) => {
    gone = new Error(
      `The gongkit process serving the store went away${error ? ` (${error.message})` : ""}; run the command again.`,
    );
    for (const waiting of pending.values()) waiting.reject(gone);
    pending.clear();
  };
  socket.on("error", closed);
  socket.on("close", () => closed());

  const call = (request: Outgoing) =>
    new Promise<Answer>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.write(encodeFrame({ ...request, id } as Request));
    });

  const hello = await new Promise<Answer>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer on ${path}`)), timeoutMs);
    socket.once("connect", () =>
      call({ op: "hello" })
        .then(resolve, reject)
        .finally(() => clearTimeout(timer)),
    );
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch((error: Error) => {
    socket.destroy();
    throw error;
  });

  const query =
    (tx: string | undefined) =>
    async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
      const reply = await call({ op: "query", sql, params: [...params], ...(tx ? { tx } : {}) });
      return reply.rows as Row[];
    };

  return {
    kind: "pglite",
    holderPid: hello.pid ?? 0,
    query: query(undefined),
    transaction: async (work) => {
      const { tx } = await call({ op: "begin" });
      if (!tx) throw new Error("The store's holder did not open a transaction.");
      const inner: Db = {
        kind: "pglite",
        query: query(tx),
        transaction: (w) => w(inner),
        close: async () => {},
      };
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(inner);
      } catch (error) {
        await call({ op: "rollback", tx }).catch(() => {});
        throw error;
      }
      await call({ op: "commit", tx });
      return result;
    },
    close: async () => {
      socket.end();
      socket.destroy();
    },
  };
}
