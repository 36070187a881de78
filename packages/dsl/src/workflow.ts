import { copyJson } from "./json.js";
import type { WorkflowOptions } from "./options.js";
import { currentRunScope, makeRunScope, runInScope, type ExecutionContext, type RunOptions } from "./run.js";
import { toWorkflowError, WorkflowError } from "./errors.js";

export type WorkflowBody<I, O> = (input: I, context: ExecutionContext) => Promise<O>;

/** A state machine. Calling it from another workflow runs it as a nested execution. */
export interface Workflow<I, O> {
  (input: I): Promise<O>;
  /** Runs the workflow locally with the given task implementations. */
  run(input: I, options?: RunOptions): Promise<O>;
  readonly options: WorkflowOptions;
  /**
   * The file that declared it, read from the call stack when it was declared: what tools that
   * compile a workflow object (`expectSameBehaviour` of @stepscript/testing) compile.
   */
  readonly source?: string;
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
    try {
      return await execute(input, { tasks, s3: parent.s3 });
    } catch (thrown) {
      throw nestedExecutionFailure(toWorkflowError(thrown));
    }
  };
  return Object.assign(nested, {
    options,
    source: declaringFile(),
    run: (input: I, runOptions: RunOptions = {}) => execute(input, runOptions),
  });
}

/** The first file on the call stack outside this package: where `workflow(…)` was written. */
function declaringFile(): string | undefined {
  const own = new URL(".", import.meta.url).pathname;
  for (const line of (new Error().stack ?? "").split("\n").slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^():]+):\d+:\d+\)?\s*$/.exec(line);
    if (!match) continue;
    const file = decodeURI(match[1].replace(/^file:\/\//, ""));
    if (!file.startsWith(own) && !file.startsWith("node:")) return file;
  }
  return undefined;
}

/**
 * How a `startExecution.sync:2` task fails when its child execution fails: with States.TaskFailed,
 * whose Cause is the JSON of the child's description carrying the child's Error and Cause (so a
 * parent that needs the child's error parses the Cause). Only the fields that do not vary from run
 * to run are kept, so local and engine runs agree.
 */
export function nestedExecutionFailure(child: { error: string; cause: string | undefined }): WorkflowError {
  const description = { Status: "FAILED", Error: child.error, ...(child.cause !== undefined ? { Cause: child.cause } : {}) };
  return new WorkflowError("States.TaskFailed", JSON.stringify(description));
}
