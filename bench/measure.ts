/**
 * Runs every example scenario on the compiled machine (from a build output folder) and on the
 * hand-written reference (bench/references/), on the reference engine, and prints per scenario
 * what each costs: state transitions and peak payload. Bundled and run by scripts/bench.mjs:
 *
 *   node measure.mjs <build output folder> <references folder>   -> JSON on stdout
 *
 * A scenario whose two runs end differently is reported (`same: false`): the figures of a
 * machine that does something else would mean nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AslDefinition } from "../packages/compiler/src/types.js";
import { runOnEngine, type EngineRun } from "../packages/compiler/test/harness/engine.js";
import type { ExampleScenarios } from "../packages/compiler/test/harness/scenarios.js";
import type { TaskBinding } from "@stepscript/dsl";
import { exampleScenarios } from "./scenarios/index.js";

export interface ScenarioCost {
  example: string;
  scenario: string;
  compiled: { transitions: number; peakPayload: number };
  reference: { transitions: number; peakPayload: number };
  /** Both runs ended alike (same output, or same Error and Cause). */
  same: boolean;
}

const definitionIn = (folder: string) => (machine: string): AslDefinition =>
  JSON.parse(readFileSync(path.join(folder, `${machine}.asl.json`), "utf8")) as AslDefinition;

async function run(
  example: ExampleScenarios<unknown>,
  load: (machine: string) => AslDefinition,
  input: unknown,
  tasks: readonly TaskBinding[],
): Promise<EngineRun> {
  const workflows = Object.fromEntries(Object.entries(example.children ?? {}).map(([arn, machine]) => [arn, load(machine)]));
  return runOnEngine(load(example.machine), input, { tasks, workflows, validate: false });
}

const outcome = (r: EngineRun) => JSON.stringify(r.status === "succeeded" ? { output: r.output } : { error: r.error, cause: r.cause });

async function measure(compiledFolder: string, referencesFolder: string): Promise<ScenarioCost[]> {
  const compiled = definitionIn(compiledFolder);
  const reference = definitionIn(referencesFolder);
  const costs: ScenarioCost[] = [];
  for (const example of exampleScenarios as readonly ExampleScenarios<unknown>[]) {
    for (const [index, c] of example.cases.entries()) {
      const tasks = () => (typeof c.tasks === "function" ? c.tasks() : (c.tasks ?? []));
      const mine = await run(example, compiled, c.input, tasks());
      const theirs = await run(example, reference, c.input, tasks());
      costs.push({
        example: example.machine,
        scenario: c.name ?? `#${index}`,
        compiled: { transitions: mine.transitions, peakPayload: mine.peakPayload },
        reference: { transitions: theirs.transitions, peakPayload: theirs.peakPayload },
        same: outcome(mine) === outcome(theirs),
      });
    }
  }
  return costs;
}

const [compiledFolder, referencesFolder] = process.argv.slice(2);
if (!compiledFolder || !referencesFolder) {
  process.stderr.write("usage: node measure.mjs <build output folder> <references folder>\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await measure(path.resolve(compiledFolder), path.resolve(referencesFolder)))}\n`);
