// Measures what users pay for and wait for: compile time, and the states each workflow has.
// Run with `npm run bench`; it prints a table and never fails on timing.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".bench-out");
const cli = path.join(root, "packages/compiler/dist/cli.js");

const runs = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, "build", "examples", "--project", "examples/tsconfig.json", "--out", out], { cwd: root, stdio: "pipe" });
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
console.log(`stepscript build examples: median ${runs[1].toFixed(0)} ms over ${runs.length} runs`);

const countStates = (states) =>
  Object.values(states).reduce(
    (n, s) =>
      n + 1 + (s.Branches ?? []).reduce((m, b) => m + countStates(b.States), 0) + (s.ItemProcessor ? countStates(s.ItemProcessor.States) : 0),
    0,
  );
console.log("\nworkflow                         states  Pass states");
for (const file of readdirSync(out).filter((f) => f.endsWith(".asl.json")).sort()) {
  const definition = JSON.parse(readFileSync(path.join(out, file), "utf8"));
  const passes = JSON.stringify(definition).match(/"Type":"Pass"/g)?.length ?? 0;
  console.log(`${file.replace(".asl.json", "").padEnd(32)} ${String(countStates(definition.States)).padStart(6)}  ${String(passes).padStart(11)}`);
}

// A Distributed Map run on the local engine: the CSV migration over 100,000 rows in
// batches of 500. The TypeScript of the bench (scripts/bench/distributedMap.ts) is bundled with
// esbuild first, as the CLI is: only our packages are bundled, third-party ones stay imports.
async function benchDistributedMap(rows = 100_000) {
  const { build } = await import("esbuild");
  const outfile = path.join(out, "distributed-map-bench.mjs");
  await build({
    entryPoints: [path.join(root, "scripts/bench/distributedMap.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    plugins: [
      {
        name: "external-third-party",
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@stepscript/") ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  const { benchDistributedMap: run } = await import(pathToFileURL(outfile).href);
  const result = await run(root, rows);
  console.log(`\ndistributedMap: ${result.rows.toLocaleString("en")} CSV rows in batches of 500 on the local engine (${result.status})`);
  console.log(`  time ${result.milliseconds.toFixed(0)} ms, child executions ${result.childExecutions}`);
  console.log(`  transitions: parent ${result.parentTransitions}, children ${result.childTransitions}, ${result.transitionsPerThousand.toFixed(2)} per 1,000 items`);
  return result;
}

await benchDistributedMap();
