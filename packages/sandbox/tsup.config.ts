// The published build (`npm run build`, run by `prepack`): the sandbox's "." as one ESM bundle (its modules are
// reached from other packages only through it); @gongkit/client and the other dependencies stay imports.
// Declarations, one per module, come from tsc (tsconfig.build.json).
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  skipNodeModulesBundle: true,
  removeNodeProtocol: false,
});
