// The published build (`npm run build`, run by `prepack`): ESM JavaScript for Node 20 in dist/, declarations
// from tsc (tsconfig.build.json). Tests never use it: vitest, the e2e tests and `npm start` run the source.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    mcp: "src/mcp/index.ts",
    "ai-sdk": "src/mcp/ai-sdk.ts",
    "cli/main": "src/cli/main.ts",
  },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  // Code shared by the entries goes into chunks, so each module is loaded once per process.
  splitting: true,
  // Every package stays an import: @gongkit/client and @gongkit/sandbox, the dependencies, and `ai`.
  skipNodeModulesBundle: true,
  removeNodeProtocol: false,
});
