// The frames gongkit processes exchange over the store socket (see store-socket.ts): one JSON object a line.
// Values keep the types PGlite gives and takes (Date, bigint, bytes), which plain JSON would flatten.

export type Request =
  | { id: number; op: "hello" }
  | { id: number; op: "query"; sql: string; params: unknown[]; tx?: string }
  | { id: number; op: "begin" }
  | { id: number; op: "commit" | "rollback"; tx: string };

export type Reply =
  | { id: number; rows: unknown[]; tx?: string; pid?: number }
  | { id: number; error: { message: string; code?: string } };

const tag = "__gongkitWire";

export function encodeFrame(frame: Request | Reply): string {
  return `${JSON.stringify(frame, function (this: Record<string, unknown>, key, value) {
    const original = this[key];
    if (original instanceof Date) return { [tag]: "date", v: original.toISOString() };
    if (original instanceof Uint8Array)
      return { [tag]: "bytes", v: Buffer.from(original).toString("base64") };
    if (typeof original === "bigint") return { [tag]: "bigint", v: original.toString() };
    return value;
  })}\n`;
}

export function decodeFrame<T extends Request | Reply>(line: string): T {
  return JSON.parse(line, (_key, value) => {
    if (value === null || typeof value !== "object" || !(tag in value)) return value;
    const { v } = value as { v: string };
    switch ((value as Record<string, unknown>)[tag]) {
      case "date":
        return new Date(v);
      case "bytes":
        return new Uint8Array(Buffer.from(v, "base64"));
      case "bigint":
        return BigInt(v);
      default:
        return value;
    }
  }) as T;
}

/** Splits a byte stream into lines, calling `onLine` for each complete one. */
export function lineReader(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = "";
  return (chunk) => {
    pending += chunk.toString("utf8");
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line) onLine(line);
      newline = pending.indexOf("\n");
    }
  };
}
