import { copyJson } from "./json.js";
import type { Retry } from "./options.js";
import { runWithRetry } from "./tasks.js";

/** A branch of `parallel`: a function written in place that returns a promise (`() => task(x)` or `async () => { … }`). */
export type Branch = () => Promise<unknown>;

/** The typed tuple of what each branch returns. */
export type BranchResults<T extends readonly Branch[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/** Options of a Parallel state; each value must be a literal. */
export interface ParallelOptions {
  /** The state's name. */
  name?: string;
  comment?: string;
  /** Retriers of the whole Parallel state: a retry runs every branch again. */
  retry?: Retry | Retry[];
}

/**
 * Runs the branches concurrently (a Parallel state, one branch each) and returns their results
 * in order, typed as a tuple: `const [a, b] = await parallel(() => t1(x), async () => { … return v })`.
 * Options come first, as in `workflow(options, fn)`: `parallel({ retry: { maxAttempts: 2 } }, () => a(x), () => b(y))`.
 * An error in any branch fails the whole (the first error wins; the other branches are stopped).
 * A branch reads outer variables but may not assign them: branches share nothing.
 * @stepscript parallel
 */
export function parallel<T extends readonly Branch[]>(...branches: T): Promise<BranchResults<T>>;
export function parallel<T extends readonly Branch[]>(options: ParallelOptions, ...branches: T): Promise<BranchResults<T>>;
export async function parallel(...args: readonly (Branch | ParallelOptions)[]): Promise<unknown[]> {
  const [first, ...rest] = args;
  const options: ParallelOptions = typeof first === "function" || first === undefined ? {} : first;
  const branches = (typeof first === "function" ? args : rest) as Branch[];
  const retry = options.retry === undefined ? [] : Array.isArray(options.retry) ? options.retry : [options.retry];
  // Each branch's output crosses a state boundary, so it is copied as JSON (undefined becomes null).
  return runWithRetry(retry, async () => copyJson(await Promise.all(branches.map((branch) => branch()))));
}
