// `npm run bench`: what users pay for and wait for, side by side in one run, written to
// bench/results.json (the previous results are printed next to the new ones). It measures, never
// asserts: timing belongs here, not in a test.
//
// - every example scenario on the compiled machine and on the hand-written reference
//   (bench/references/): state transitions and peak payload, per scenario and as median/worst ratio;
// - `stepscript build examples` against `tsc --noEmit` on the same files: wall time in paired runs
//   (alternating which goes first) and peak memory;
// - the build of generated workflows of N statements;
// - a `build --watch` rebuild after a one-line edit in a 20-workflow project.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".bench-out");
const cli = path.join(root, "packages/compiler/dist/cli.js");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const maxrss = path.join(root, "bench/maxrss.cjs");
const resultsFile = path.join(root, "bench/results.json");
const PAIRED_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GENERATED_SIZES = [50, 200, 800, 1000];
const WATCH_WORKFLOWS = 20;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Runs `node [args]` to completion; returns its wall time (ms) and peak memory (KiB). */
function timed(args, cwd = root) {
  const rssFile = path.join(out, `rss-${process.pid}.txt`);
  const start = performance.now();
  execFileSync(process.execPath, ["--require", maxrss, ...args], {
    cwd,
    stdio: "pipe",
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  return { ms, rssKiB: Number(readFileSync(rssFile, "utf8")) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 2) => Number(value.toFixed(digits));

// 1. Build time and memory, paired with tsc on the same files.
const buildArgs = [cli, "build", "examples", "--project", "examples/tsconfig.json", "--out", path.join(out, "asl")];
const tscArgs = [tsc, "--noEmit", "-p", "examples/tsconfig.json"];
const pairs = [];
for (let i = 0; i < PAIRED_RUNS; i++) {
  // Alternate the order so that neither always runs with a warm file cache.
  if (i % 2 === 0) {
    const stepscript = timed(buildArgs);
    pairs.push({ stepscript, tsc: timed(tscArgs) });
  } else {
    const typecheck = timed(tscArgs);
    pairs.push({ stepscript: timed(buildArgs), tsc: typecheck });
  }
}
const buildFigures = {
  pairs: pairs.map((p) => ({ stepscriptMs: round(p.stepscript.ms, 0), tscMs: round(p.tsc.ms, 0), ratio: round(p.stepscript.ms / p.tsc.ms) })),
  stepscriptMs: round(median(pairs.map((p) => p.stepscript.ms)), 0),
  tscMs: round(median(pairs.map((p) => p.tsc.ms)), 0),
  timeRatio: round(median(pairs.map((p) => p.stepscript.ms / p.tsc.ms))),
  stepscriptPeakKiB: median(pairs.map((p) => p.stepscript.rssKiB)),
  tscPeakKiB: median(pairs.map((p) => p.tsc.rssKiB)),
};
buildFigures.memoryRatio = round(buildFigures.stepscriptPeakKiB / buildFigures.tscPeakKiB);

// 2. Transitions and payload of every example scenario, compiled vs hand-written.
const externalThirdParty = {
  name: "external-third-party",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@stepscript/") ? undefined : { path: args.path, external: true }));
  },
};
const measureBundle = path.join(out, "measure.mjs");
await build({
  entryPoints: [path.join(root, "bench/measure.ts")],
  outfile: measureBundle,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The workspace packages' TypeScript sources, as the CLI's bundle takes them.
  conditions: ["stepscript-source"],
  plugins: [externalThirdParty],
  logLevel: "warning",
});
const scenarios = JSON.parse(
  execFileSync(process.execPath, [measureBundle, path.join(out, "asl"), path.join(root, "bench/references")], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
).map((s) => ({
  ...s,
  transitionRatio: round(s.compiled.transitions / s.reference.transitions),
  payloadRatio: round(s.compiled.peakPayload / s.reference.peakPayload),
}));
const transitionRatios = scenarios.map((s) => s.transitionRatio);
const payloadRatios = scenarios.map((s) => s.payloadRatio);

// 3. Generated workflows of N statements.
const generated = GENERATED_SIZES.map((statements) => {
  const folder = path.join(out, `generated-${statements}`);
  writeProject(folder, { "workflow.ts": generatedWorkflow("generated", statements) });
  const { ms, rssKiB } = timed([cli, "build", folder, "--project", path.join(folder, "tsconfig.json"), "--out", path.join(folder, "asl")]);
  const states = Object.keys(JSON.parse(readFileSync(path.join(folder, "asl", "generated.asl.json"), "utf8")).States).length;
  return { statements, ms: round(ms, 0), msPerStatement: round(ms / statements), states, peakKiB: rssKiB };
});

// 4. A watch rebuild after a one-line edit in a project of 20 workflows.
const watch = await watchRebuild();

const results = {
  date: new Date().toISOString(),
  commit: process.env.BENCH_COMMIT ?? execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim(),
  node: process.version,
  build: buildFigures,
  transitions: { median: median(transitionRatios), worst: Math.max(...transitionRatios) },
  payload: { median: median(payloadRatios), worst: Math.max(...payloadRatios) },
  differingScenarios: scenarios.filter((s) => !s.same).map((s) => `${s.example}: ${s.scenario}`),
  scenarios,
  generated,
  watch,
};
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : undefined;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
const rows = figureRows(results, previous);
print(results, rows);
updateReadme(rows, results);

/** The files of a project: a tsconfig whose paths resolve @stepscript/dsl as the examples' does. */
function writeProject(folder, files) {
  mkdirSync(folder, { recursive: true });
  const base = path.relative(folder, path.join(root, "tsconfig.base.json"));
  writeFileSync(path.join(folder, "tsconfig.json"), JSON.stringify({ extends: base, compilerOptions: { noEmit: true }, include: ["*.ts"] }));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
}

/**
 * A workflow of `statements` statements: a task call, an accumulation, an if/else and a template
 * string, in turn, each reading what the previous ones wrote, as long workflows do.
 */
function generatedWorkflow(name, statements) {
  const lines = [];
  for (let i = 0; lines.length < statements; i++) {
    const k = Math.floor(i / 4);
    switch (i % 4) {
      case 0: lines.push(`  const r${k} = await step({ index: ${k}, total, label });`); break;
      case 1: lines.push(`  total = total + r${k}.value;`); break;
      case 2: lines.push(`  if (r${k}.ok) { label = r${k}.name; } else { total = total - 1; }`); break;
      default: lines.push(`  label = \`\${label}/${k}\`;`);
    }
  }
  return [
    `import { lambda, workflow, type Integer } from "@stepscript/dsl";`,
    ``,
    `const step = lambda<{ index: number; total: number; label: string }, { value: Integer; ok: boolean; name: string }>("arn:aws:lambda:us-east-1:123456789012:function:Step");`,
    ``,
    // Integers: \`+\` of plain numbers is refused (States.MathAdd adds integers only).
    `export const ${name} = workflow(async (input: { start: Integer }) => {`,
    `  let total = input.start;`,
    `  let label = "";`,
    ...lines,
    `  return { total, label };`,
    `});`,
    ``,
  ].join("\n");
}

/**
 * Starts `build --watch` on 20 workflows, edits one line of one, and reads how long the rebuild
 * took: the watcher prints it ("rebuilt in N ms"); the wall time from the edit to the end of the
 * rebuild (which includes the watcher's quiet period) is kept alongside.
 */
async function watchRebuild() {
  const folder = path.join(out, "watch");
  const files = Object.fromEntries(
    Array.from({ length: WATCH_WORKFLOWS }, (_, i) => [`workflow${i}.ts`, generatedWorkflow(`workflow${i}`, 12)]),
  );
  writeProject(folder, files);
  const child = spawn(process.execPath, [cli, "build", folder, "--project", path.join(folder, "tsconfig.json"), "--out", path.join(folder, "asl"), "--watch"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waitFor = (pattern, from) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the watcher did not print ${pattern} in 120 s:\n${output}`)), 120_000);
      const check = () => {
        const match = pattern.exec(output.slice(from));
        if (match) {
          clearTimeout(timer);
          child.stdout.off("data", check);
          resolve(match);
        }
      };
      child.stdout.on("data", check);
      check();
    });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await waitFor(/Watching for changes/, 0);
    // The watcher starts listening once the first build is done; give it time to be ready.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const mark = output.length;
    const edited = path.join(folder, "workflow7.ts");
    const start = performance.now();
    writeFileSync(edited, readFileSync(edited, "utf8").replace(`label = "";`, `label = "edited";`));
    await waitFor(/Watching for changes/, mark);
    const wallMs = performance.now() - start;
    const printed = /rebuilt in (\d+) ms/.exec(output.slice(mark));
    return { workflows: WATCH_WORKFLOWS, rebuildMs: printed ? Number(printed[1]) : null, wallMs: round(wallMs, 0) };
  } finally {
    child.kill();
  }
}

/** The target figures: [name, now, target, met (undefined: no target), previous]. */
function figureRows(r, before) {
  const b = before ?? {};
  return [
    ["transitions / hand-written reference: median", r.transitions.median, "≤ 1.00", r.transitions.median <= 1, b.transitions?.median],
    ["transitions / hand-written reference: worst", r.transitions.worst, "≤ 1.10", r.transitions.worst <= 1.1, b.transitions?.worst],
    ["peak payload / hand-written reference: worst", r.payload.worst, "≤ 1.10", r.payload.worst <= 1.1, b.payload?.worst],
    [`build examples / tsc --noEmit (${r.build.stepscriptMs} / ${r.build.tscMs} ms)`, r.build.timeRatio, "≤ 1.30", r.build.timeRatio <= 1.3, b.build?.timeRatio],
    [`peak memory / tsc --noEmit (${Math.round(r.build.stepscriptPeakKiB / 1024)} / ${Math.round(r.build.tscPeakKiB / 1024)} MiB)`, r.build.memoryRatio, "≤ 1.20", r.build.memoryRatio <= 1.2, b.build?.memoryRatio],
    ...r.generated.map((g) => [
      `generated workflow, ${g.statements} statements (ms)`,
      g.ms,
      g.statements === 1000 ? "< 3000" : "linear",
      g.statements === 1000 ? g.ms < 3000 : undefined,
      b.generated?.find((x) => x.statements === g.statements)?.ms,
    ]),
    [`watch rebuild, one-line edit, ${r.watch.workflows} workflows (ms)`, r.watch.rebuildMs ?? `not printed (wall ${r.watch.wallMs})`, "≤ 100", r.watch.rebuildMs !== null && r.watch.rebuildMs <= 100, b.watch?.rebuildMs],
  ];
}

function print(r, rows) {
  console.log(`\nexample scenario                                              transitions       peak payload (bytes)`);
  console.log(`                                                              compiled/ref      compiled/ref`);
  for (const s of r.scenarios) {
    const name = `${s.example}: ${s.scenario}`.slice(0, 60).padEnd(60);
    const t = `${s.compiled.transitions}/${s.reference.transitions}`.padStart(7);
    const p = `${s.compiled.peakPayload}/${s.reference.peakPayload}`.padStart(11);
    console.log(`${name}  ${t} ${s.transitionRatio.toFixed(2).padStart(5)}  ${p} ${s.payloadRatio.toFixed(2).padStart(5)}${s.same ? "" : "  OUTCOMES DIFFER"}`);
  }
  const was = (value) => (value === undefined || value === null ? "" : ` (was ${value})`);
  console.log(`\nfigure                                                          now        target    met`);
  for (const [name, value, target, met, previous] of rows) {
    console.log(`${name.padEnd(62)} ${String(value).padStart(9)}  ${target.padStart(8)}  ${met === undefined ? "" : met ? "yes" : "NO"}${was(previous)}`);
  }
  if (r.differingScenarios.length > 0) console.log(`\nscenarios whose compiled and reference runs end differently: ${r.differingScenarios.join("; ")}`);
  console.log(`\nwritten to ${path.relative(root, resultsFile)} and the table in README.md`);
}

/** Replaces the table between the bench markers of README.md with this run's figures. */
function updateReadme(rows, r) {
  const readme = path.join(root, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  if (!text.includes(start) || !text.includes(end)) return;
  const examples = [...new Set(r.scenarios.map((s) => s.example))];
  const perExample = examples.map((example) => {
    const list = r.scenarios.filter((s) => s.example === example);
    const sum = (pick) => list.reduce((n, s) => n + pick(s), 0);
    return `| ${example} | ${list.length} | ${sum((s) => s.compiled.transitions)} / ${sum((s) => s.reference.transitions)} | ${Math.max(...list.map((s) => s.transitionRatio)).toFixed(2)} | ${Math.max(...list.map((s) => s.payloadRatio)).toFixed(2)} |`;
  });
  const table = [
    start,
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)} (commit ${r.commit}, Node ${r.node}; timings from a shared 2-core machine).`,
    "",
    "| figure | now | target | met |",
    "| --- | --- | --- | --- |",
    ...rows.map(([name, value, target, met]) => `| ${name} | ${value} | ${target} | ${met === undefined ? "" : met ? "yes" : "no"} |`),
    "",
    "| example | scenarios | transitions, compiled / hand-written | worst transition ratio | worst payload ratio |",
    "| --- | --- | --- | --- | --- |",
    ...perExample,
    end,
  ].join("\n");
  writeFileSync(readme, text.slice(0, text.indexOf(start)) + table + text.slice(text.indexOf(end) + end.length));
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
