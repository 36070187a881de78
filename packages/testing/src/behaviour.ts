/**
 * The project's own differential method, for users' test suites: a workflow run as TypeScript
 * and as its compiled ASL on the reference engine, with the same task implementations, must end
 * the same way (output, or error and cause) after the same task calls with the same inputs.
 * Framework-neutral: `expectSameBehaviour` throws an `Error` that says what differs, which vitest,
 * jest and node:test all report as a failure.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ExecutionContext, LocalS3, TaskBinding, Workflow } from "@stepscript/dsl";
import type { AslDefinition, CompiledWorkflow } from "@stepscript/compiler";
import { defaultEngineContext, runOnEngine, type ChildWorkflows, type EngineContext, type EngineRun } from "./runOnEngine.js";
import { runLocally, type LocalRun } from "./runLocally.js";
import type { TaskCall } from "./outcome.js";
import { childrenByArn } from "./runCompiled.js";

export interface BehaviourCase<I> {
  /** Names the case in failure messages (default: its index and input). */
  name?: string;
  input: I;
  /**
   * The task implementations. Give a function when they keep state (a counter that fails the
   * first attempt…): it is called once per run, so the local and the engine run start equal.
   */
  tasks?: readonly TaskBinding[] | (() => readonly TaskBinding[]);
  /** Context object fields, given to both runs (the execution's input is always the case's input). */
  context?: ContextOverrides;
  /** A fresh local S3 for each run (Distributed Maps read and write it); both runs' S3s are returned. */
  s3?: () => LocalS3;
  /** Also pin the outcome (checked on the local run, so a shared mistake cannot pass): the output… */
  output?: unknown;
  /** …or the failure. */
  error?: string;
  cause?: string;
}

export interface ContextOverrides {
  execution?: Partial<Omit<ExecutionContext["execution"], "input">>;
  stateMachine?: Partial<ExecutionContext["stateMachine"]>;
}

export interface BehaviourRun {
  name: string;
  local: LocalRun;
  engine: EngineRun;
  /** The S3 each run used, when the case gave one. */
  s3?: { local: LocalS3; engine: LocalS3 };
}

export interface SameBehaviourOptions {
  /** Bindings every case uses unless it gives its own. */
  tasks?: readonly TaskBinding[] | (() => readonly TaskBinding[]);
  /** The compiled workflow; by default the workflow's own file is compiled (with the tsconfig nearest to it). */
  compiled?: CompiledWorkflow;
  /** Compiled child workflows nested executions start (by default those the compile of the workflow's file finds). */
  children?: readonly CompiledWorkflow[];
  /** "unordered": task calls compared as a multiset (Parallel, Map and Promise.all have no defined order). */
  calls?: "ordered" | "unordered";
}

/** Runs one case both ways. */
export async function runBoth<I, O>(
  workflow: Workflow<I, O>,
  definition: AslDefinition,
  machineName: string,
  c: BehaviourCase<I>,
  options: { tasks?: BehaviourCase<I>["tasks"]; workflows?: ChildWorkflows } = {},
): Promise<Omit<BehaviourRun, "name">> {
  const context = contextFor(machineName, c.context);
  const s3 = c.s3 ? { local: c.s3(), engine: c.s3() } : undefined;
  const tasks = () => tasksOf(c.tasks ?? options.tasks);
  const local = await runLocally(workflow, c.input, { tasks: tasks(), context: context.local, s3: s3?.local });
  const engine = await runOnEngine(definition, c.input, { tasks: tasks(), context: context.engine, workflows: options.workflows, s3: s3?.engine });
  return { local, engine, s3 };
}

/**
 * Runs every case as TypeScript and as compiled ASL and throws if any differs in output, failure
 * or task calls, or misses its pinned outcome. Returns the runs (transitions, histories…).
 */
export async function expectSameBehaviour<I, O>(
  workflow: Workflow<I, O>,
  cases: BehaviourCase<I> | readonly BehaviourCase<I>[],
  options: SameBehaviourOptions = {},
): Promise<BehaviourRun[]> {
  const { compiled, children } = options.compiled ? { compiled: options.compiled, children: options.children ?? [] } : await compileOwnFile(workflow, options.children);
  const workflows = childrenByArn([compiled, ...children], children);
  const runs: BehaviourRun[] = [];
  const problems: string[] = [];
  const list = Array.isArray(cases) ? cases : [cases as BehaviourCase<I>];
  for (const [index, c] of list.entries()) {
    const name = c.name ?? `#${index} ${truncate(JSON.stringify(c.input))}`;
    const run = await runBoth(workflow, compiled.definition, compiled.name, c, { tasks: options.tasks, workflows });
    const order = options.calls ?? "ordered";
    const local = canonical(comparable(run.local, order));
    const engine = canonical(comparable(run.engine, order));
    if (local !== engine) problems.push(`case "${name}": the compiled ASL ran differently from the TypeScript\n  TypeScript: ${local}\n  ASL:        ${engine}`);
    problems.push(...pinnedProblems(name, c, run.local));
    runs.push({ name, ...run });
  }
  if (problems.length > 0) throw new Error(`${compiled.name}: ${problems.length} difference(s)\n${problems.join("\n")}`);
  return runs;
}

/** The workflow's own file compiled with the tsconfig nearest to it; the workflow found by identity among its exports. */
async function compileOwnFile<I, O>(workflow: Workflow<I, O>, children: readonly CompiledWorkflow[] | undefined): Promise<{ compiled: CompiledWorkflow; children: readonly CompiledWorkflow[] }> {
  const file = workflow.source;
  if (!file || !existsSync(file)) {
    throw new Error("expectSameBehaviour: cannot tell which file declares this workflow; pass { compiled } (from compile() of @stepscript/compiler)");
  }
  const { compile } = await import("@stepscript/compiler");
  const result = await compile({ files: [file], project: nearestTsconfig(file) });
  const errors = result.diagnostics.filter((d) => d.severity !== "warning");
  if (errors.length > 0) {
    throw new Error(`expectSameBehaviour: ${file} does not compile:\n${errors.map((d) => `  ${d.file}:${d.line}:${d.column} - ${d.code}: ${d.message}`).join("\n")}`);
  }
  const module = (await import(file)) as Record<string, unknown>;
  const exportName = Object.entries(module).find(([, value]) => value === workflow)?.[0] ?? (module.default === workflow ? "default" : undefined);
  const compiled = result.workflows.find((w) => w.file === file && w.exportName === exportName);
  if (!compiled) throw new Error(`expectSameBehaviour: the workflow is not among the exported workflows of ${file}`);
  if (children) return { compiled, children };
  const found = result.workflows.filter((w) => w !== compiled);
  // Children declared in the modules the file imports: compiled too when the workflow starts any.
  if ((compiled.tasks ?? []).some((task) => task.kind === "workflow") && result.inputs) {
    const imported = result.inputs.filter((input) => /\.[cm]?tsx?$/.test(input) && input !== file);
    if (imported.length > 0) found.push(...(await compile({ files: imported, project: nearestTsconfig(file) })).workflows);
  }
  return { compiled, children: found };
}

function nearestTsconfig(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "tsconfig.json"))) return join(dir, "tsconfig.json");
    if (dirname(dir) === dir) return undefined;
  }
}

export function tasksOf(tasks: BehaviourCase<unknown>["tasks"]): readonly TaskBinding[] {
  return typeof tasks === "function" ? tasks() : (tasks ?? []);
}

/** What must be equal: the outcome's own fields only, and the calls (sorted when order does not matter). */
export function comparable(run: LocalRun | EngineRun, order: "ordered" | "unordered"): Record<string, unknown> {
  const calls = order === "ordered" ? run.calls : sortCalls(run.calls);
  return run.status === "succeeded"
    ? { status: run.status, output: run.output, calls }
    : { status: run.status, error: run.error, cause: run.cause, calls };
}

function sortCalls(calls: readonly TaskCall[]): TaskCall[] {
  const keyed = calls.map((call) => [canonical(call), call] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, call]) => call);
}

/** JSON with sorted keys, so equal values have equal keys whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The outcome a case pins, as the local run must have it; null when the case pins none. */
export function pinnedOutcome(c: BehaviourCase<unknown>, local: LocalRun): { expected: unknown; actual: unknown } | null {
  const actual = local.status === "succeeded" ? { status: local.status, output: local.output } : { status: local.status, error: local.error, cause: local.cause };
  if ("output" in c) return { expected: { status: "succeeded", output: c.output }, actual };
  if (c.error !== undefined) {
    const cause = "cause" in c ? c.cause : local.status === "failed" ? local.cause : undefined;
    return { expected: { status: "failed", error: c.error, cause }, actual };
  }
  return null;
}

function pinnedProblems(name: string, c: BehaviourCase<unknown>, local: LocalRun): string[] {
  const pinned = pinnedOutcome(c, local);
  if (!pinned || canonical(pinned.expected) === canonical(pinned.actual)) return [];
  return [`case "${name}": the pinned outcome\n  expected: ${canonical(pinned.expected)}\n  actual:   ${canonical(pinned.actual)}`];
}

/** One context for both runs: a local run's defaults for the state machine's name, plus the case's overrides. */
export function contextFor(machineName: string, overrides: ContextOverrides | undefined): { local: Partial<ExecutionContext>; engine: EngineContext } {
  const base = defaultEngineContext(machineName);
  const { input: _input, ...executionOverrides } = (overrides?.execution ?? {}) as Partial<ExecutionContext["execution"]>;
  const execution = {
    id: base.Execution.Id!,
    name: base.Execution.Name!,
    startTime: base.Execution.StartTime!,
    roleArn: base.Execution.RoleArn!,
    ...executionOverrides,
  };
  const stateMachine = { id: base.StateMachine.Id!, name: base.StateMachine.Name!, ...overrides?.stateMachine };
  return {
    // Without `input`, the local run keeps its own (the case's input).
    local: { execution: execution as ExecutionContext["execution"], stateMachine },
    engine: {
      Execution: { Id: execution.id, Name: execution.name, StartTime: execution.startTime, RoleArn: execution.roleArn },
      StateMachine: { Id: stateMachine.id, Name: stateMachine.name },
    },
  };
}

export function truncate(text: string | undefined, max = 60): string {
  const value = text ?? "undefined";
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
