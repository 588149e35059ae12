// The published build (`npm run build`, run by `prepack`): every source file compiled on its own to ESM for
// Node 20 in dist/, mirroring src/, so "." and the "./internal/*.js" subpaths share one copy of each module
// (one GongError class, one catalogue). Declarations come from tsc (tsconfig.build.json). Tests never use it.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/**/*.ts", "!src/**/*.test.ts"],
  bundle: false,
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  removeNodeProtocol: false,
});
