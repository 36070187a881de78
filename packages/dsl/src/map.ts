import { copyJson } from "./json.js";
import type { Retry } from "./options.js";
import { runWithRetry } from "./tasks.js";

/** Options of a Map state; each value must be a literal. */
export interface MapOptions {
  /** How many iterations may run at once; 0 or absent means no limit. */
  maxConcurrency?: number;
  /** The state's name. */
  name?: string;
  comment?: string;
  /** Retriers of the whole Map state: a retry runs every iteration again. */
  retry?: Retry | Retry[];
}

/**
 * Runs `fn` for every item concurrently (an inline Map state), at most `maxConcurrency` at once,
 * and returns the results in the items' order. The callback receives a copy of the item and its
 * index; it reads outer variables but may not assign them: iterations share nothing. An error in
 * any iteration fails the whole (the first error wins; no further iteration starts).
 * @stepscript map
 */
export async function map<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  options: MapOptions = {},
): Promise<R[]> {
  const retry = options.retry === undefined ? [] : Array.isArray(options.retry) ? options.retry : [options.retry];
  return runWithRetry(retry, () => runPool(items, fn, options.maxConcurrency || items.length || 1));
}

async function runPool<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, limit: number): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let nextIndex = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && nextIndex < items.length) {
      const index = nextIndex++;
      try {
        // Each iteration's input and output cross a state boundary: they are copies.
        results[index] = copyJson(await fn(copyJson(items[index]), index));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
