import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMasterKey, newKey, parseKey, secretBox } from "./secret-box.js";

describe("secret box", () => {
  const box = secretBox(parseKey(newKey(), "key"));

  it("seals with AES-256-GCM bound to its context, and opens only there", () => {
    const sealed = box.seal("token-value-123", "connection:a");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("token-value-123");
    expect(box.seal("token-value-123", "connection:a")).not.toBe(sealed); // fresh IV each time
    expect(box.open(sealed, "connection:a")).toBe("token-value-123");
    expect(() => box.open(sealed, "connection:b")).toThrow(/not the key the data was sealed with/);
  });

  it("refuses tampering and a wrong key with a key_error", () => {
    const sealed = box.seal("x", "c");
    const tampered = `${sealed.slice(0, -2)}AA`;
    expect(() => box.open(tampered, "c")).toThrow();
    expect(() => secretBox(parseKey(newKey(), "other")).open(sealed, "c")).toThrow(
      expect.objectContaining({ code: "key_error" }),
    );
  });

  it("creates the key file once, mode 0600, and reads it back", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkit-key-"));
    const first = loadMasterKey(dir, 0, {});
    expect(first.created).toBe(true);
    expect(statSync(join(dir, "master.key")).mode & 0o777).toBe(0o600);
    const again = loadMasterKey(dir, 3, {});
    expect(again.key.equals(first.key)).toBe(true);
    expect(again.created).toBe(false);
  });

  it("never replaces a missing key file while the store holds secrets, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkit-key-"));
    expect(() => loadMasterKey(dir, 2, {})).toThrow(
      `The master key file ${join(dir, "master.key")} is missing, and the store holds 2 secret(s) sealed with it. Restore the file from a backup (mode 0600), or set GONGKIT_MASTER_KEY to the key. Nothing was written.`,
    );
    expect(existsSync(join(dir, "master.key"))).toBe(false);
  });

  it("prefers GONGKIT_MASTER_KEY, and explains a corrupt key", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkit-key-"));
    const key = newKey();
    expect(loadMasterKey(dir, 1, { GONGKIT_MASTER_KEY: key }).key.toString("base64")).toBe(key);
    writeFileSync(join(dir, "master.key"), "not a key\n");
    expect(() => loadMasterKey(dir, 0, {})).toThrow(/master.key is not a 32-byte key.*nothing was changed/);
    expect(() => loadMasterKey(dir, 0, { GONGKIT_MASTER_KEY: "short" })).toThrow(
      /GONGKIT_MASTER_KEY is not a 32-byte key/,
    );
  });
});
