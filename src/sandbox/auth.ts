// Who may call the sandbox: Gong's Basic access-key scheme. Schemes are a table so the OAuth Bearer scheme
// can be added next to Basic without touching the plumbing.

export interface SandboxCredentials {
  accessKey: string;
  accessKeySecret: string;
}

/** The sandbox's fixed access key, used unless `createSandbox({ credentials })` sets others. */
export const sandboxCredentials: SandboxCredentials = {
  accessKey: "SANDBOXACCESSKEY7Q2M4X",
  accessKeySecret: "sandbox-secret-not-for-production-0c9f1e27a4",
};

export interface AuthContext {
  credentials: SandboxCredentials;
}

/** Checks the token of one scheme; returns an error message, or undefined when the caller is allowed. */
type SchemeCheck = (token: string, context: AuthContext) => string | undefined;

const schemes: Record<string, SchemeCheck> = {
  basic: (token, { credentials }) => {
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return "Malformed Basic credentials: expected base64(accessKey:accessKeySecret)";
    const accessKey = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    if (accessKey !== credentials.accessKey || secret !== credentials.accessKeySecret) {
      return "Access denied: invalid access key or access key secret";
    }
    return undefined;
  },
};

/** Returns why the request's Authorization header is refused, or undefined when it is accepted. */
export function authorizationError(header: string | null, context: AuthContext): string | undefined {
  if (!header) return "Missing Authorization header: send Basic base64(accessKey:accessKeySecret)";
  const space = header.indexOf(" ");
  const scheme = header.slice(0, space < 0 ? header.length : space).toLowerCase();
  const check = schemes[scheme];
  if (!check)
    return `Unsupported authorization scheme '${header.slice(0, space < 0 ? header.length : space)}'`;
  return check(header.slice(space + 1).trim(), context);
}

/** The Authorization header value for the given credentials. */
export function basicAuthorization(credentials: SandboxCredentials): string {
  return `Basic ${Buffer.from(`${credentials.accessKey}:${credentials.accessKeySecret}`).toString("base64")}`;
}
