/** Runs a workflow locally (its TypeScript meaning) and records its task calls as `runOnEngine` does. */
import { bind, WorkflowError, type ExecutionContext, type LocalS3, type TaskBinding, type Workflow } from "@stepscript/dsl";
import { copy, type RunOutcome, type TaskCall } from "./outcome.js";

export type LocalRun = RunOutcome & { calls: TaskCall[] };

export interface LocalRunOptions {
  tasks?: readonly TaskBinding[];
  /** Overrides of the context object the run exposes (`workflow.run`'s `context` option). */
  context?: Partial<ExecutionContext>;
  /** The S3 Distributed Maps read and write (the same kind of S3 the engine run gets). */
  s3?: LocalS3;
}

/** The DSL's message when a workflow calls a task nobody bound; that is the test's mistake, not a failure. */
const UNBOUND = "no local implementation is bound for the task";

/**
 * `workflow.run(input, { tasks })` with each implementation wrapped to record what it received
 * (every attempt, in call order). A rejection with a `WorkflowError` is a failed run; a task
 * without a binding makes `runLocally` throw.
 */
export async function runLocally<I, O>(workflow: Workflow<I, O>, input: I, options: LocalRunOptions = {}): Promise<LocalRun> {
  const calls: TaskCall[] = [];
  const tasks = (options.tasks ?? []).map((binding) =>
    bind(binding.task, (received: unknown) => {
      calls.push({ resource: binding.task.resource, input: copy(received) });
      return binding.implementation(received);
    }),
  );
  try {
    const output = await workflow.run(copy(input), { tasks, context: options.context, s3: options.s3 });
    return { status: "succeeded", output: copy(output), calls };
  } catch (thrown) {
    if (thrown instanceof WorkflowError && !thrown.cause?.startsWith(UNBOUND)) {
      return { status: "failed", error: thrown.error, cause: thrown.cause, calls };
    }
    throw thrown;
  }
}
