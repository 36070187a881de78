import { copyJson } from "./json.js";
import type { WorkflowOptions } from "./options.js";
import { currentRunScope, makeRunScope, runInScope, type ExecutionContext, type RunOptions } from "./run.js";
import { toWorkflowError } from "./errors.js";

export type WorkflowBody<I, O> = (input: I, context: ExecutionContext) => Promise<O>;

/** A state machine. Calling it from another workflow runs it as a nested execution. */
export interface Workflow<I, O> {
  (input: I): Promise<O>;
  /** Runs the workflow locally with the given task implementations. */
  run(input: I, options?: RunOptions): Promise<O>;
  readonly options: WorkflowOptions;
}

/**
 * Declares a workflow. Export it as a `const`: the const's name is the state machine's name
 * unless `options.name` gives one.
 * @stepscript workflow
 */
export function workflow<I, O>(body: WorkflowBody<I, O>): Workflow<I, O>;
export function workflow<I, O>(options: WorkflowOptions, body: WorkflowBody<I, O>): Workflow<I, O>;
export function workflow<I, O>(
  optionsOrBody: WorkflowOptions | WorkflowBody<I, O>,
  maybeBody?: WorkflowBody<I, O>,
): Workflow<I, O> {
  const options = typeof optionsOrBody === "function" ? {} : optionsOrBody;
  const body = typeof optionsOrBody === "function" ? optionsOrBody : maybeBody!;
  const name = options.name ?? "workflow";

  const execute = async (input: I, runOptions: RunOptions): Promise<O> => {
    const scope = makeRunScope(copyJson(input), name, runOptions);
    try {
      const output = await runInScope(scope, () => body(copyJson(input), scope.context));
      return (output === undefined ? {} : copyJson(output)) as O;
    } catch (thrown) {
      throw toWorkflowError(thrown);
    }
  };

  const nested = async (input: I): Promise<O> => {
    const parent = currentRunScope(`the nested workflow ${name}`);
    const tasks = [...parent.implementations].map(([task, implementation]) => ({ task, implementation }));
    return execute(input, { tasks });
  };
  return Object.assign(nested, {
    options,
    run: (input: I, runOptions: RunOptions = {}) => execute(input, runOptions),
  });
}
