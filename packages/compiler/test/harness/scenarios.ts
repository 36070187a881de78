/**
 * An example's scenarios: the inputs and task implementations its differential test runs, shared
 * with the bench (`npm run bench`), which runs the same scenarios on the compiled machine and on
 * the hand-written reference in `bench/references/` to compare what each costs.
 */
import type { Workflow } from "@stepscript/dsl";
import type { BehaviourCase } from "./differential.js";

export interface ExampleScenarios<I> {
  /** The state machine's name: `<machine>.asl.json` in the build output and in `bench/references/`. */
  machine: string;
  workflow: Workflow<I, unknown>;
  cases: readonly BehaviourCase<I>[];
  /** "unordered" for workflows with concurrent task calls (Parallel, Map). */
  calls?: "ordered" | "unordered";
  /** The child state machines the workflow starts: machine name by the `StateMachineArn` the parent passes. */
  children?: Readonly<Record<string, string>>;
}
