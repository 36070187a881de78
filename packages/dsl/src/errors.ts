/**
 * The error a workflow fails with, in both meanings: in the compiled ASL it is a Fail state's
 * Error and Cause; locally it is what `workflow.run` rejects with.
 * @stepscript WorkflowError
 */
export class WorkflowError extends Error {
  readonly error: string;
  readonly cause: string | undefined;

  constructor(error: string, cause?: string) {
    super(cause === undefined ? error : `${error}: ${cause}`);
    this.name = error;
    this.error = error;
    this.cause = cause;
  }
}

/** Turns anything an implementation threw into the WorkflowError Step Functions would report. */
export function toWorkflowError(thrown: unknown): WorkflowError {
  if (thrown instanceof WorkflowError) return thrown;
  if (thrown instanceof Error) return new WorkflowError(thrown.name || "Error", thrown.message);
  return new WorkflowError("Error", String(thrown));
}

/** Whether an error name is matched by a Retrier's or Catcher's ErrorEquals list, as Step Functions matches. */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  return errorEquals.some(
    (name) =>
      name === error ||
      (name === "States.ALL" && error !== "States.Runtime") ||
      (name === "States.TaskFailed" && error !== "States.Timeout" && error !== "States.Runtime"),
  );
}
