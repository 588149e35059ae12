// Authentication as a send() wrapper. Basic auth (access key + secret) today; OAuth bearer tokens plug in
// here later. Credentials are registered for redaction the moment they are configured.
import { registerBasicCredentials } from "../core/redaction.js";
import type { SendWrapper } from "./send.js";

export interface BasicAuth {
  type: "basic";
  accessKey: string;
  accessKeySecret: string;
}

export type GongAuth = BasicAuth;

export function authWrapper(auth: GongAuth): SendWrapper {
  registerBasicCredentials(auth.accessKey, auth.accessKeySecret);
  const header = `Basic ${Buffer.from(`${auth.accessKey}:${auth.accessKeySecret}`).toString("base64")}`;
  return (next) => (request) => next({ ...request, headers: { ...request.headers, authorization: header } });
}
