// Keeps credentials out of every message, log line and error. Secrets are registered by whoever holds them
// (the client registers its access key, secret and tokens); known header shapes are masked regardless.

const secrets = new Set<string>();
const mask = "[redacted]";
const headerPattern = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/g;

/** Registers a credential so that redact() removes it, including its base64 and URL-encoded forms. */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4) return;
  secrets.add(value);
  secrets.add(encodeURIComponent(value));
}

/** Registers the base64 form used in a Basic header as well. */
export function registerBasicCredentials(username: string, password: string): void {
  registerSecret(username);
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`).toString("base64"));
}

export function redact(text: string): string {
  let out = text.replace(headerPattern, (_, scheme: string) => `${scheme} ${mask}`);
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(mask);
  return out;
}

/** Redacts every string inside a JSON-like value. */
export function redactValue<T>(value: T): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactValue) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = redactValue(inner);
    return out as T;
  }
  return value;
}
