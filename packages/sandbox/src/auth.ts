// Who may call the sandbox: Gong's Basic access-key scheme and OAuth Bearer tokens, as a table of schemes.
// Scopes of Bearer tokens are checked per operation in scopes.ts.

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
  /** Checks OAuth access tokens (the sandbox's OAuth server). */
  checkAccessToken(token: string): { scopes: ReadonlySet<string> } | { error: string };
}

/** Who is calling: an access key (not limited by scope) or an OAuth token with its granted scopes. */
export type Principal = { scheme: "basic" } | { scheme: "bearer"; scopes: ReadonlySet<string> };

/** Why a request is refused (401), with the WWW-Authenticate challenge to send. */
export interface AuthRefusal {
  error: string;
  challenge: string;
}

const basicChallenge = 'Basic realm="Gong API"';
const bearerChallenge = 'Bearer realm="Gong API", error="invalid_token"';

/** Checks the token of one scheme. */
type SchemeCheck = (token: string, context: AuthContext) => Principal | AuthRefusal;

const schemes: Record<string, SchemeCheck> = {
  basic: (token, { credentials }) => {
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) {
      return {
        error: "Malformed Basic credentials: expected base64(accessKey:accessKeySecret)",
        challenge: basicChallenge,
      };
    }
    const accessKey = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    if (accessKey !== credentials.accessKey || secret !== credentials.accessKeySecret) {
      return { error: "Access denied: invalid access key or access key secret", challenge: basicChallenge };
    }
    return { scheme: "basic" };
  },
  bearer: (token, { checkAccessToken }) => {
    const checked = checkAccessToken(token);
    if ("error" in checked) return { error: checked.error, challenge: bearerChallenge };
    return { scheme: "bearer", scopes: checked.scopes };
  },
};

/** Who the request's Authorization header names, or why it is refused. */
export function authenticate(header: string | null, context: AuthContext): Principal | AuthRefusal {
  if (!header) {
    return {
      error:
        "Missing Authorization header: send Basic base64(accessKey:accessKeySecret) or Bearer <access token>",
      challenge: `${basicChallenge}, ${bearerChallenge.split(",")[0]}`,
    };
  }
  const space = header.indexOf(" ");
  const name = header.slice(0, space < 0 ? header.length : space);
  const check = schemes[name.toLowerCase()];
  if (!check) return { error: `Unsupported authorization scheme '${name}'`, challenge: basicChallenge };
  return check(space < 0 ? "" : header.slice(space + 1).trim(), context);
}

/** The Authorization header value for the given credentials. */
export function basicAuthorization(credentials: SandboxCredentials): string {
  return `Basic ${Buffer.from(`${credentials.accessKey}:${credentials.accessKeySecret}`).toString("base64")}`;
}
