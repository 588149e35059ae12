// The base URL is per company (PLATFORM.md §1): required, https, no credentials in it.
import { GongError } from "../core/errors.js";

const loopback = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function validateBaseUrl(raw: string, allowHttp: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GongError(
      "invalid_input",
      `Invalid Gong base URL "${raw}": expected e.g. https://us-12345.api.gong.io`,
      {
        fields: [{ path: "baseUrl", message: "is not a URL" }],
      },
    );
  }
  const problem =
    url.username || url.password
      ? "must not contain credentials"
      : url.protocol === "https:" || (url.protocol === "http:" && (allowHttp || loopback.test(url.hostname)))
        ? undefined
        : "must use https (http is accepted only on loopback)";
  if (problem) {
    throw new GongError("invalid_input", `Invalid Gong base URL: it ${problem}`, {
      fields: [{ path: "baseUrl", message: problem }],
    });
  }
  // People paste the URL of an endpoint or with /v2; the base is the origin plus any proxy prefix before /v2.
  const path = url.pathname.replace(/\/v2(\/.*)?$/, "").replace(/\/+$/, "");
  return `${url.origin}${path}`;
}
