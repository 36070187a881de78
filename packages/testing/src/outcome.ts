/** What the local and the engine runs have in common: how a run ended and which tasks it called. */
import { WorkflowError } from "@stepscript/dsl";

export type RunOutcome =
  | { status: "succeeded"; output: unknown }
  | { status: "failed"; error: string; cause: string | undefined };

/** One task call: the Lambda function ARN (for `lambda`) or the Task Resource, and what the task received. */
export interface TaskCall {
  resource: string;
  input: unknown;
}

/** A JSON copy, as values cross state boundaries (`undefined` properties vanish). */
export function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * The Error and Cause Step Functions reports for something a task implementation threw: a
 * `WorkflowError`'s `error` / `cause`, another Error's `name` / `message` (as the DSL's local run).
 */
export function failureOf(thrown: unknown): { error: string; cause: string | undefined } {
  if (thrown instanceof WorkflowError || isWorkflowErrorLike(thrown)) return { error: thrown.error, cause: thrown.cause };
  if (thrown instanceof Error) return { error: thrown.name || "Error", cause: thrown.message };
  return { error: "Error", cause: String(thrown) };
}

/** A WorkflowError from another copy of the DSL module (its class is then a different object). */
function isWorkflowErrorLike(thrown: unknown): thrown is { error: string; cause: string | undefined } {
  return (
    thrown instanceof Error &&
    thrown.constructor.name === "WorkflowError" &&
    typeof (thrown as { error?: unknown }).error === "string"
  );
}
