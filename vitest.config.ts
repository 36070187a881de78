import { defineConfig } from "vitest/config";

export default defineConfig({
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
