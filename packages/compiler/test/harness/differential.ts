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
import { comparable, pinnedOutcome, runBoth, truncate, type BehaviourCase, type BehaviourRun } from "@stepscript/testing";
import type { Workflow } from "@stepscript/dsl";
import type { AslDefinition, CompiledWorkflow } from "../../src/types.js";
import type { ChildWorkflows } from "./engine.js";

export type { BehaviourCase, BehaviourRun, ContextOverrides } from "@stepscript/testing";

export interface BehaviourOptions {
  /**
   * "ordered" (default): the calls must come in the same order. "unordered": the same calls as a
   * multiset, for concurrent constructs (Parallel, Map, Promise.all) whose order is not defined.
   */
  calls?: "ordered" | "unordered";
  /** The child workflows nested executions start (see `childWorkflows` in engine.ts). */
  workflows?: ChildWorkflows;
}

/**
 * Runs every case locally and on the engine and asserts with `expect` that both agree; returns
 * the runs (for further checks, such as `engine.transitions`). `compiled` is the definition or
 * the `CompiledWorkflow` (whose name then names the state machine in `$$`). This is
 * @stepscript/testing's method with vitest's diffs; users get the same through its `expectSameBehaviour`.
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
    const run = await runBoth(workflow, definition, machineName, c, { workflows: options.workflows });
    const order = options.calls ?? "ordered";
    expect(comparable(run.engine, order), `case "${name}": the engine run (received) differs from the local run (expected)`).toEqual(
      comparable(run.local, order),
    );
    const pinned = pinnedOutcome(c, run.local);
    if (pinned) expect(pinned.actual, `case "${name}": the pinned outcome`).toEqual(pinned.expected);
    runs.push({ name, ...run });
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
