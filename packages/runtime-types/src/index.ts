/** Error names Step Functions defines; any other string is a custom error name. */
export type StatesErrorName =
  | "States.ALL"
  | "States.DataLimitExceeded"
  | "States.ExceedToleratedFailureThreshold"
  | "States.HeartbeatTimeout"
  | "States.Http.Socket"
  | "States.IntrinsicFailure"
  | "States.ItemReaderFailed"
  | "States.NoChoiceMatched"
  | "States.ParameterPathFailure"
  | "States.Permissions"
  | "States.ResultPathMatchFailure"
  | "States.ResultWriterFailed"
  | "States.Runtime"
  | "States.TaskFailed"
  | "States.Timeout"
  | "States.QueryEvaluationError";

/** A Retrier's or Catcher's error name: the `States.*` names, with completion, or any custom name. */
export type ErrorName = StatesErrorName | (string & {});

/** The type of a Lambda handler that implements a task: `TaskHandler<typeof validateOrder>`. */
export type TaskHandler<T> = T extends (input: infer I, ...rest: any[]) => Promise<infer O>
  ? (input: I) => O | Promise<O>
  : never;
