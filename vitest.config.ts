import { defineConfig } from "vitest/config";

// One run over every package's suite and the shared tests under test/ (`npm test`); one project per package,
// so `npm test -w @gongkit/client` (or `vitest run --project client`) runs one. The "@gongkit/source" condition (named so no
// third-party package answers it) makes @gongkit/* and gongkit imports resolve to the packages' TypeScript
// source, never to a stale dist/.
// Vite's own server conditions after it ("import" and "require" are added per import; listing "import" here
// would make Node's require() of a dual package load its ESM build).
const conditions = ["@gongkit/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 30_000,
    pool: "forks",
    projects: [
      ...["client", "sandbox", "gongkit"].map((name) => ({
        extends: true as const,
        test: { name, include: [`packages/${name}/src/**/*.test.ts`] },
      })),
      { extends: true as const, test: { name: "shared", include: ["test/**/*.test.ts"] } },
    ],
  },
});
