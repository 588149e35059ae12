// Credentials and tokens at rest: AES-256-GCM (authenticated) under a master key from GONGKIT_MASTER_KEY or,
// when absent, a key file created on first start (mode 0600) in the data dir. Each sealed value is bound to
// what it belongs to (associated data), so a ciphertext copied onto another row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GongError } from "@gongkit/client/internal/core/errors.js";

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

const version = "v1";

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new GongError("key_error", "The master key must be 32 bytes (AES-256).");
  return {
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${version}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
    },
    open(sealed, context) {
      const [tag, payload] = sealed.split(".");
      const raw = Buffer.from(payload ?? "", "base64url");
      if (tag !== version || raw.length < 28)
        throw new GongError("key_error", `A stored secret (${context}) is damaged.`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch (error) {
        throw new GongError(
          "key_error",
          `The master key does not open the stored secret of ${context}: it is not the key the data was sealed with (check GONGKIT_MASTER_KEY or the key file).`,
          { cause: error },
        );
      }
    },
  };
}

/** Parses a 32-byte key written as base64 (44 chars) or hex (64 chars). */
export function parseKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32 || (!/^[0-9a-f]{64}$/i.test(trimmed) && key.toString("base64") !== trimmed)) {
    throw new GongError(
      "key_error",
      `${source} is not a 32-byte key (base64 or hex). Restore the right key; nothing was changed.`,
    );
  }
  return key;
}

export function newKey(): string {
  return randomBytes(32).toString("base64");
}

export interface MasterKey {
  key: Buffer;
  /** Where it came from, for errors: GONGKIT_MASTER_KEY or the key file's path. */
  source: string;
  /** Whether this call wrote a new key file. */
  created: boolean;
}

/**
 * The master key: GONGKIT_MASTER_KEY, else `<dataDir>/master.key`. A missing file is created (0600) only when
 * `storedSecrets` is 0: a new key cannot open secrets sealed under the lost one, so then nothing is written and
 * the error says how to restore it.
 */
export function loadMasterKey(
  dataDir: string,
  storedSecrets: number,
  env: NodeJS.ProcessEnv = process.env,
): MasterKey {
  if (env.GONGKIT_MASTER_KEY)
    return {
      key: parseKey(env.GONGKIT_MASTER_KEY, "GONGKIT_MASTER_KEY"),
      source: "GONGKIT_MASTER_KEY",
      created: false,
    };
  const file = join(dataDir, "master.key");
  let created = false;
  if (!existsSync(file)) {
    if (storedSecrets > 0)
      throw new GongError(
        "key_error",
        `The master key file ${file} is missing, and the store holds ${storedSecrets} secret(s) sealed with it. Restore the file from a backup (mode 0600), or set GONGKIT_MASTER_KEY to the key. Nothing was written.`,
      );
    try {
      writeFileSync(file, `${newKey()}\n`, { mode: 0o600, flag: "wx" });
      created = true;
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { key: parseKey(readFileSync(file, "utf8"), `The key file ${file}`), source: file, created };
}
