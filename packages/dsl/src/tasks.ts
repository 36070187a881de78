import { copyJson } from "./json.js";
import { DEFAULT_LAMBDA_RETRY } from "@stepscript/runtime-types";
import type { CallOptions, Retry, TaskDefaults } from "./options.js";
import { currentRunScope } from "./run.js";
import { errorMatches, toWorkflowError, WorkflowError } from "./errors.js";

export type TaskKind = "lambda" | "task";

/** A Task state the workflow can `await`: `I` is what it is given, `O` what it returns. */
export interface Task<I, O> {
  (input: I, options?: CallOptions): Promise<O>;
  readonly kind: TaskKind;
  /** The Lambda function's ARN for `lambda`, the Task's Resource otherwise. */
  readonly resource: string;
  readonly defaults: TaskDefaults;
}

/**
 * A Lambda function, invoked through `arn:aws:states:::lambda:invoke`; the function receives
 * exactly the `I` value as its payload.
 * @stepscript lambda
 */
export function lambda<I, O>(functionArn: string, defaults: TaskDefaults = {}): Task<I, O> {
  return makeTask<I, O>("lambda", functionArn, { retry: { ...DEFAULT_LAMBDA_RETRY, errors: [...DEFAULT_LAMBDA_RETRY.errors] }, ...defaults });
}

/**
 * Any Task resource (an activity ARN, an `arn:aws:states:::…` integration); the call's argument
 * becomes the task's parameters.
 * @stepscript task
 */
export function task<I, O>(resource: string, defaults: TaskDefaults = {}): Task<I, O> {
  return makeTask<I, O>("task", resource, defaults);
}

/**
 * An integration whose Task always sends `parameters` beside the caller's (`InvocationType: "Event"`
 * for `lambda.invokeAsync`): the local implementation receives them too, as the service would.
 */
export function integrationTask(resource: string, parameters: Readonly<Record<string, string>>): Task<unknown, unknown> {
  return makeTask<unknown, unknown>("task", resource, {}, (input) => ({ ...(input as object), ...parameters }));
}

function makeTask<I, O>(kind: TaskKind, resource: string, defaults: TaskDefaults, request: (input: I) => unknown = (input) => input): Task<I, O> {
  const call = async (input: I, options: CallOptions = {}): Promise<O> => {
    const scope = currentRunScope(`the task ${resource}`);
    const implementation = scope.implementations.get(self);
    if (!implementation) throw new Error(`no local implementation is bound for the task ${resource}`);
    const retry = options.retry ?? defaults.retry ?? [];
    return runWithRetry(asList(retry), async () => copyJson(await implementation(copyJson(request(input)))) as O);
  };
  const self = Object.assign(call, { kind, resource, defaults }) as Task<I, O>;
  return self;
}

function asList(retry: Retry | Retry[]): Retry[] {
  return Array.isArray(retry) ? retry : [retry];
}

/** Retries as Step Functions does: the first Retrier whose ErrorEquals matches, until its MaxAttempts. */
export async function runWithRetry<T>(retriers: Retry[], attempt: () => Promise<T>): Promise<T> {
  const attemptsByRetrier = retriers.map(() => 0);
  for (;;) {
    try {
      return await attempt();
    } catch (thrown) {
      const error: WorkflowError = toWorkflowError(thrown);
      const index = retriers.findIndex((r) => errorMatches(r.errors ?? ["States.ALL"], error.error));
      if (index < 0) throw error;
      attemptsByRetrier[index] += 1;
      if (attemptsByRetrier[index] > (retriers[index].maxAttempts ?? 3)) throw error;
    }
  }
}
