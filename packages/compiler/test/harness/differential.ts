/**
 * Differential tests: the compiled ASL on the reference engine must behave as the workflow's
 * TypeScript does locally, with the same task implementations: same output or same failure
 * (Error and Cause), and the same task calls with the same inputs.
 *
 *   const compiled = await compileWorkflow(path.join(__dirname, "workflows/order.ts"), "processOrder");
 *   await expectSameBehaviour(processOrder, compiled, [
 *     { name: "valid order", input: order, tasks: [bind(validate, async () => ({ valid: true }))] },
 *     { name: "charge fails twice", input: order, tasks: () => [bind(charge, flakyCharge())], output: {...} },
 *   ]);
 */
import { expect } from "vitest";
import type { ExecutionContext, LocalS3, TaskBinding, Workflow } from "@stepscript/dsl";
import type { AslDefinition, CompiledWorkflow } from "../../src/types.js";
import { defaultEngineContext, runOnEngine, type ChildWorkflows, type EngineContext, type EngineRun } from "./engine.js";
import { runLocally, type LocalRun } from "./local.js";
import type { TaskCall } from "./outcome.js";

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

export interface BehaviourOptions {
  /**
   * "ordered" (default): the calls must come in the same order. "unordered": the same calls as a
   * multiset, for concurrent constructs (Parallel, Map, Promise.all) whose order is not defined.
   */
  calls?: "ordered" | "unordered";
  /** The child workflows nested executions start (see `childWorkflows` in engine.ts). */
  workflows?: ChildWorkflows;
}

export interface BehaviourRun {
  name: string;
  local: LocalRun;
  engine: EngineRun;
  /** The S3 each run used, when the case gave one. */
  s3?: { local: LocalS3; engine: LocalS3 };
}

/**
 * Runs every case locally and on the engine and asserts with `expect` that both agree; returns
 * the runs (for further checks, such as `engine.transitions`). `compiled` is the definition or
 * the `CompiledWorkflow` (whose name then names the state machine in `$$`).
 */
export async function expectSameBehaviour<I, O>(
  workflow: Workflow<I, O>,
  compiled: AslDefinition | CompiledWorkflow,
  cases: BehaviourCase<I> | readonly BehaviourCase<I>[],
  options: BehaviourOptions = {},
): Promise<BehaviourRun[]> {
  const definition = "definition" in compiled ? compiled.definition : compiled;
  const machineName = "definition" in compiled ? compiled.name : (workflow.options.name ?? "workflow");
  const runs: BehaviourRun[] = [];
  const list = Array.isArray(cases) ? cases : [cases as BehaviourCase<I>];
  for (const [index, c] of list.entries()) {
    const name = c.name ?? `#${index} ${truncate(JSON.stringify(c.input))}`;
    const context = contextFor(machineName, c.context);
    const s3 = c.s3 ? { local: c.s3(), engine: c.s3() } : undefined;
    const local = await runLocally(workflow, c.input, { tasks: tasksOf(c), context: context.local, s3: s3?.local });
    const engine = await runOnEngine(definition, c.input, { tasks: tasksOf(c), context: context.engine, workflows: options.workflows, s3: s3?.engine });
    const order = options.calls ?? "ordered";
    expect(comparable(engine, order), `case "${name}": the engine run (received) differs from the local run (expected)`).toEqual(
      comparable(local, order),
    );
    pinned(name, c, local);
    runs.push({ name, local, engine, s3 });
  }
  return runs;
}

/** `expectSameBehaviour` with task calls compared regardless of order (Parallel, Map, Promise.all). */
export function expectSameBehaviourUnordered<I, O>(
  workflow: Workflow<I, O>,
  compiled: AslDefinition | CompiledWorkflow,
  cases: BehaviourCase<I> | readonly BehaviourCase<I>[],
): Promise<BehaviourRun[]> {
  return expectSameBehaviour(workflow, compiled, cases, { calls: "unordered" });
}

function tasksOf(c: BehaviourCase<unknown>): readonly TaskBinding[] {
  return typeof c.tasks === "function" ? c.tasks() : (c.tasks ?? []);
}

/** What must be equal: the outcome's own fields only, and the calls (sorted when order does not matter). */
function comparable(run: LocalRun | EngineRun, order: "ordered" | "unordered"): Record<string, unknown> {
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
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function pinned(name: string, c: BehaviourCase<unknown>, local: LocalRun): void {
  const outcome = local.status === "succeeded" ? { status: local.status, output: local.output } : { status: local.status, error: local.error, cause: local.cause };
  if ("output" in c) {
    expect(outcome, `case "${name}": the pinned output`).toEqual({ status: "succeeded", output: c.output });
  }
  if (c.error !== undefined) {
    const cause = "cause" in c ? c.cause : local.status === "failed" ? local.cause : undefined;
    expect(outcome, `case "${name}": the pinned failure`).toEqual({ status: "failed", error: c.error, cause });
  }
}

/** One context for both runs: a local run's defaults for the state machine's name, plus the case's overrides. */
function contextFor(
  machineName: string,
  overrides: ContextOverrides | undefined,
): { local: Partial<ExecutionContext>; engine: EngineContext } {
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

function truncate(text: string | undefined, max = 60): string {
  const value = text ?? "undefined";
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
