import { defineConfig } from "vitest/config";

// `@stepscript/*` packages export their TypeScript sources under this condition (and their built
// dist/ otherwise, as installed from the registry): tests run the sources, never a stale build.
// Vitest also hands these conditions to Node for the packages it does not transform, so Vite's
// default `module` condition is left out: with it Node would load ESM builds it cannot resolve.
export default defineConfig({
  ssr: { resolve: { conditions: ["stepscript-source", "node", "development|production"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // Test files run in parallel, one worker per core of a 2-core machine. Forks, not threads:
    // each worker holds its own TypeScript program (ts-morph), which is large.
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    // Type-checking with ts-morph is slow the first time a worker builds a program.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
