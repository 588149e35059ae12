// The published build (`npm run build`, run by `prepack`): ESM JavaScript for Node 20 and type declarations in
// dist/. Tests never use it: vitest, the e2e tests and `npm start` run the TypeScript source.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    mcp: "src/mcp/index.ts",
    "ai-sdk": "src/mcp/ai-sdk.ts",
    "cli/main": "src/cli/main.ts",
  },
  // Declarations for what package.json exports; the CLI is run, never imported, so it gets none.
  dts: { entry: { index: "src/index.ts", mcp: "src/mcp/index.ts", "ai-sdk": "src/mcp/ai-sdk.ts" } },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  // Code shared by the entries goes into chunks, so the catalogue is loaded once per process.
  splitting: true,
  // Every package under node_modules stays an import (dependencies, and `ai`, the optional peer).
  skipNodeModulesBundle: true,
  removeNodeProtocol: false,
});
