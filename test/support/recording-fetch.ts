// A fetch that forwards to an in-process sandbox and records each exchange (request and raw response),
// so tests can check both against the official spec and count what was sent.
import type { FetchLike } from "@gongkit/client/internal/client/send.js";

export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  requestBody: string | undefined;
  status: number;
  responseText: string;
}

export function recordingFetch(target: (request: Request) => Promise<Response>) {
  const exchanges: Exchange[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init as RequestInit);
    const isMultipart = request.headers.get("content-type")?.startsWith("multipart/") ?? false;
    const requestBody = request.body && !isMultipart ? await request.clone().text() : undefined;
    const response = await target(request);
    const responseText = await response.text();
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      requestBody,
      status: response.status,
      responseText,
    });
    return new Response(responseText, { status: response.status, headers: response.headers });
  };
  return { fetch, exchanges };
}
