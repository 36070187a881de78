// Measures what users pay for and wait for: compile time, and the states each workflow has.
// Run with `npm run bench`; it prints a table and never fails on timing.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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
