/**
 * The `States.*` error names. The type below is derived from this list so the two cannot drift.
 * `States.BranchFailed` is in the ASL specification (Appendix A) though AWS's own list omits it.
 */
export const STATES_ERROR_NAMES = [
  "States.ALL",
  "States.BranchFailed",
  "States.DataLimitExceeded",
  "States.ExceedToleratedFailureThreshold",
  "States.HeartbeatTimeout",
  "States.Http.Socket",
  "States.IntrinsicFailure",
  "States.ItemReaderFailed",
  "States.NoChoiceMatched",
  "States.ParameterPathFailure",
  "States.Permissions",
  "States.QueryEvaluationError",
  "States.ResultPathMatchFailure",
  "States.ResultWriterFailed",
  "States.Runtime",
  "States.TaskFailed",
  "States.Timeout",
] as const;

/** Error names Step Functions defines; any other string is a custom error name. */
export type StatesErrorName = (typeof STATES_ERROR_NAMES)[number];

/** A Retrier's or Catcher's error name: the `States.*` names, with completion, or any custom name. */
export type ErrorName = StatesErrorName | (string & {});

/**
 * Errors of the `arn:aws:states:::lambda:invoke` integration (`Lambda.` + the Lambda API exception).
 * `Lambda.Unknown` is how unhandled function failures (timeouts, out of memory) are reported.
 */
export const LAMBDA_ERROR_NAMES = [
  "Lambda.AWSLambdaException",
  "Lambda.ClientExecutionTimeoutException",
  "Lambda.EC2ThrottledException",
  "Lambda.InvalidParameterValueException",
  "Lambda.InvalidRequestContentException",
  "Lambda.RequestTooLargeException",
  "Lambda.ResourceConflictException",
  "Lambda.ResourceNotFoundException",
  "Lambda.ResourceNotReadyException",
  "Lambda.SdkClientException",
  "Lambda.ServiceException",
  "Lambda.TooManyRequestsException",
  "Lambda.Unknown",
] as const;

export type LambdaErrorName = (typeof LAMBDA_ERROR_NAMES)[number];

/** The transient Lambda errors AWS recommends retrying (the console's default Retrier). */
export const LAMBDA_TRANSIENT_ERROR_NAMES = [
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.TooManyRequestsException",
] as const satisfies readonly LambdaErrorName[];

/**
 * The AWS-recommended retrier for Lambda's transient service errors, which every `lambda` task
 * carries unless its declaration or call says otherwise (in the DSL's camelCase retry shape).
 */
export const DEFAULT_LAMBDA_RETRY = {
  errors: [...LAMBDA_TRANSIENT_ERROR_NAMES],
  intervalSeconds: 1,
  maxAttempts: 3,
  backoffRate: 2,
} as const;

/** What a Catcher hands on (at its ResultPath, or as `$states.errorOutput` in JSONata). */
export interface ErrorOutput {
  Error: string;
  Cause: string;
}
