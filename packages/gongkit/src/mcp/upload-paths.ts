// Which local files an MCP client may have the server upload to Gong. A tool argument that names a file is a
// path on the server's machine, chosen by a model that may have read untrusted text (a transcript, an email),
// and over HTTP by a remote client: without a limit it could send any audio or LDJSON file the server can
// read. Uploads are therefore off unless the server was given a directory, and then only files inside it.
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Action } from "@gongkit/client/internal/catalog/types.js";

/** Why the action's file arguments may not be uploaded, or undefined when they may. */
export function uploadRefusal(
  action: Action,
  input: Record<string, unknown>,
  uploadDir: string | undefined,
): string | undefined {
  const { body } = action.route;
  if (body.kind !== "multipart") return undefined;
  for (const field of body.fileFields) {
    const path = input[field];
    if (typeof path !== "string") continue;
    if (!uploadDir) {
      return `uploads_disabled: ${field} names a file on the server, and this server uploads no local files. An administrator can start it with --upload-dir DIR (uploadDir) to allow files inside DIR.`;
    }
    const root = realOrResolved(uploadDir);
    const file = realOrResolved(isAbsolute(path) ? path : resolve(root, path));
    const inside = relative(root, file);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
      return `upload_outside_dir: ${field} must name a file inside the upload directory ${root} (a path relative to it, or absolute within it).`;
    }
    input[field] = file;
  }
  return undefined;
}

/** The real path (symlinks followed, so a link cannot lead out of the directory), or the resolved one. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
