import { WorkflowError } from "@stepscript/dsl";

/** An implementation that fails with `error` (and `cause`, when given) as Step Functions reports it. */
export function failing(error: string, cause?: string): () => never {
  return () => {
    throw new WorkflowError(error, cause);
  };
}

/** An implementation that fails its first `failures` calls, then returns `value`. */
export function flakyThen<T>(failures: readonly WorkflowError[], value: T): () => T {
  let calls = 0;
  return () => {
    const failure = failures[calls];
    calls += 1;
    if (failure) throw failure;
    return value;
  };
}
