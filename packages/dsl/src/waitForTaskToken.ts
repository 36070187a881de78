import { currentRunScope } from "./run.js";

/** The token a local run gives the task of a callback; on the engine it is `$$.Task.Token`. */
export const LOCAL_TASK_TOKEN = "local-task-token";

export interface WaitForTaskTokenOptions {
  /** Fails the task with States.Timeout when no callback has come after this many seconds. */
  timeoutSeconds?: number;
  /** Fails the task with States.Timeout when no SendTaskHeartbeat has come for this long. */
  heartbeatSeconds?: number;
}

/**
 * The callback pattern: `start(token)` is one task call whose payload carries `token` (in the
 * ASL, `$$.Task.Token`); the task runs with `.waitForTaskToken` and the execution waits until an
 * external system calls SendTaskSuccess with the token. The value returned is what it sends:
 *
 * - over an integration (`sqs.sendMessage`, `sns.publish`, `ecs.runTask`, …), whose own response
 *   says nothing of it, its type is the type argument, which the compiler requires:
 *   `await waitForTaskToken<Approval>((token) => sqs.sendMessage({ QueueUrl, MessageBody: { token } }))`;
 * - over a declared task (`lambda<I, O>`, `task<I, O>`), the task's `O` unless a type argument says
 *   otherwise: `await waitForTaskToken((token) => requestApproval({ orderId, token }), { timeoutSeconds: 3600 })`.
 *
 * Locally the task's implementation receives the payload with a fake token, and what it returns
 * is the callback's result (what the external system would send).
 * @stepscript waitForTaskToken
 */
export async function waitForTaskToken<R = never, O = unknown>(
  start: (token: string) => Promise<O>,
  options: WaitForTaskTokenOptions = {},
): Promise<[R] extends [never] ? O : R> {
  void options;
  currentRunScope("waitForTaskToken");
  return (await start(LOCAL_TASK_TOKEN)) as [R] extends [never] ? O : R;
}
