// The CLI's way into the saved connections: open them, run a command's work, always close.
import { type Connections, openConnections } from "../connections/open.js";

/** Runs `work` with the connections open and always closes them. */
export async function withContext<T>(work: (context: Connections) => Promise<T>): Promise<T> {
  const context = await openConnections();
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
