import type { ErrorName } from "@stepscript/runtime-types";

/** One Retrier. `errors` defaults to `["States.ALL"]`. */
export interface Retry {
  errors?: ErrorName[];
  intervalSeconds?: number;
  maxAttempts?: number;
  backoffRate?: number;
  maxDelaySeconds?: number;
  jitter?: "FULL" | "NONE";
}

/** Options of one task call; each value must be a literal (timeouts may also be variables). */
export interface CallOptions {
  name?: string;
  comment?: string;
  retry?: Retry | Retry[];
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
}

/** Defaults given where a task is declared; a call's own options override them. */
export interface TaskDefaults {
  comment?: string;
  retry?: Retry | Retry[];
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
}

export interface WorkflowOptions {
  name?: string;
  type?: "STANDARD" | "EXPRESS";
  comment?: string;
  timeoutSeconds?: number;
  queryLanguage?: "JSONPath" | "JSONata";
  /** The ARN of the deployed state machine, for callers that start it as a nested execution. */
  arn?: string;
}
