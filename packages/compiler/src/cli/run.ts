import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { errorsOf } from "../diagnostics/diagnostic.js";
import { displayPath } from "../diagnostics/render.js";
import { explain } from "../history/explain.js";
import { selectWritable } from "../emit/select.js";
import type { SourceMap } from "../emit/sourceMap.js";
import type { CompiledWorkflow, CompileResult } from "../types.js";
import type { Deps, Io } from "./io.js";
import { renderFailure } from "./failure.js";
import { printDiagnostics } from "./output.js";
import { pickWorkflow } from "./pick.js";
import { loadTaskModule } from "./tasksModule.js";
import { UsageError, type Inputs } from "./usage.js";
import type { HistoryEvent } from "@stepscript/testing";

export interface RunFlags {
  workflow?: string;
  input?: string;
  tasks?: string;
  json?: boolean;
}

/**
 * `stepscript run FILE`: the compiled machine (not the TypeScript) on the reference engine, with
 * the `--tasks` module's implementations; prints the history with the TypeScript position of every
 * state event, then the output or the failure at its line. `project` compiles the rest of the
 * project, for child workflows the file does not declare.
 */
export async function runWorkflow(file: string, inputs: Inputs, project: Inputs | undefined, flags: RunFlags, io: Io, deps: Deps): Promise<0 | 1> {
  const input = parseInput(flags.input, io.cwd);
  const result = await deps.compile(inputs);
  if (await printedErrors(result, io, deps)) return 1;
  const workflow = pickWorkflow(result.workflows, file, flags.workflow);
  const children = await childrenOf(workflow, result.workflows, project, io, deps);
  if (!children) return 1;
  const implementations = flags.tasks ? await loadTaskModule(resolve(io.cwd, flags.tasks)) : {};

  const { runCompiled, MissingImplementationError } = await import("@stepscript/testing");
  let run;
  try {
    run = await runCompiled(workflow, input, { tasks: implementations, children });
  } catch (error) {
    if (!(error instanceof MissingImplementationError)) throw error;
    const where = flags.tasks ? `the default export of ${flags.tasks}` : "a --tasks module";
    io.stderr.write(`error: ${error.message}: add ${error.tasks.length > 1 ? "them" : "it"} to ${where}\n`);
    return 1;
  }
  const history = run.history;
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ events: history }, null, 2)}\n`);
  } else {
    io.stdout.write(renderHistory(history, workflow.sourceMap, io.cwd));
    if (run.status === "succeeded") io.stdout.write(`\noutput: ${JSON.stringify(run.output)}\n`);
    else if (workflow.sourceMap) io.stdout.write(renderFailure(explain(history, workflow.sourceMap).failure!, io));
    else io.stdout.write(renderFailure({ error: run.error, cause: run.cause }, io));
  }
  return run.status === "succeeded" ? 0 : 1;
}

function parseInput(text: string | undefined, cwd: string): unknown {
  if (text === undefined) return {};
  const json = text.startsWith("@") ? readInputFile(resolve(cwd, text.slice(1)), text.slice(1)) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new UsageError(`--input is not JSON: ${(error as Error).message}`);
  }
}

function readInputFile(path: string, typed: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`no such input file: ${typed}`);
  }
}

async function printedErrors(result: CompileResult, io: Io, deps: Deps): Promise<boolean> {
  const { diagnostics } = await selectWritable(result, deps.validate);
  if (errorsOf(diagnostics).length === 0) return false;
  printDiagnostics(io, diagnostics);
  return true;
}

/** The workflows the run starts as nested executions: from the same compile, else from the project's. */
async function childrenOf(workflow: CompiledWorkflow, compiled: readonly CompiledWorkflow[], project: Inputs | undefined, io: Io, deps: Deps): Promise<CompiledWorkflow[] | undefined> {
  const wanted = (workflow.tasks ?? []).some((task) => task.kind === "workflow");
  if (!wanted) return [];
  const others = compiled.filter((w) => w !== workflow);
  if (!project) return others;
  const whole = await deps.compile(project);
  if (await printedErrors(whole, io, deps)) return undefined;
  return [...others, ...whole.workflows.filter((w) => !others.some((o) => o.name === w.name) && w.name !== workflow.name)];
}

/** The history as the console lists it: id, type, state, elapsed time, and the TypeScript that made the state. */
export function renderHistory(history: readonly HistoryEvent[], map: SourceMap | undefined, cwd: string): string {
  const start = history.length > 0 ? Date.parse(history[0].timestamp) : 0;
  const rows = history.map((event) => {
    const name = stateNameOf(event);
    const source = name !== undefined ? map?.states[name] : undefined;
    return [
      String(event.id),
      event.type,
      name ?? "",
      `${Date.parse(event.timestamp) - start} ms`,
      source ? `${displayPath(source.file, cwd)}:${source.line}:${source.column}` : "",
    ];
  });
  const header = ["ID", "TYPE", "STATE", "ELAPSED", "SOURCE"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

function stateNameOf(event: HistoryEvent): string | undefined {
  const details = (event.stateEnteredEventDetails ?? event.stateExitedEventDetails) as { name?: string } | undefined;
  return details?.name;
}
