import { errorMatches, WorkflowError } from "./errors.js";

/**
 * Whether `e` (usually a caught error) is a WorkflowError whose name one of `names` matches, as a
 * Catcher's ErrorEquals matches (`States.ALL`, `States.TaskFailed` are wildcards); with no names,
 * whether it is a WorkflowError at all (a plain type guard: every error a workflow catches is one).
 * As the first test of a catch block it becomes its own Catcher, so other errors skip the block.
 * @stepscript isError
 */
export function isError(e: unknown, ...names: string[]): e is WorkflowError {
  return e instanceof WorkflowError && (names.length === 0 || errorMatches(names, e.error));
}
