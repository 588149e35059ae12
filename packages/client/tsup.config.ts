// The published build (`npm run build`, run by `prepack`): the SDK's "." (src/index.ts) and every module for
// gongkit's own packages (src/internal.ts, served at each `./internal/<path>.js` subpath) as two small ESM entries
// over one shared chunk, so they share each module and an import loads three files instead of 57 (149 → 133 ms
// cold, BENCHMARKS.md). Declarations, one per module, come from tsc (tsconfig.build.json).
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", internal: "src/internal.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  splitting: true,
  skipNodeModulesBundle: true,
  removeNodeProtocol: false,
});
