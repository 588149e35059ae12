// The instant tests pin the sandbox's clock to when they assert on dates: the one the sample data and the
// catalogue's examples are written at, so the dataset stands exactly as generated.
import { sampleIds } from "@gongkit/client/internal/catalog/sample-ids.js";

export const pinnedNow = new Date(sampleIds.sandboxNow);
