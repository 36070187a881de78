import { Node } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { ConcurrentOptions, Json } from "../../ir/types.js";
import { readLiteralOptions, toRetryPolicies } from "../options.js";

/** The literal options of a Parallel or Map state (`name`, `comment`, `retry`, plus `extra` keys). */
export function readConcurrentOptions(
  node: Node | undefined,
  what: string,
  extra: readonly string[] = [],
  dynamic: readonly string[] = [],
): { options: ConcurrentOptions; values: Record<string, Json>; nodes: Record<string, Node> } {
  const { values, nodes } = readLiteralOptions(node, what, ["name", "comment", "retry", ...extra], dynamic);
  return {
    options: {
      stateName: typeof values.name === "string" ? values.name : undefined,
      comment: typeof values.comment === "string" ? values.comment : undefined,
      // A Parallel or Map has no retrier unless asked: its tasks carry their own.
      retry: values.retry !== undefined ? toRetryPolicies(values.retry, node!) : [],
    },
    values,
    nodes,
  };
}

/** `maxConcurrency`: a literal integer, 0 meaning no limit (as MaxConcurrency means). */
export function readMaxConcurrency(values: Record<string, Json>, node: Node | undefined): number | undefined {
  const value = values.maxConcurrency;
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(node!, "invalidConcurrencyOption", { what: `maxConcurrency must be a whole number of at least 0, not ${JSON.stringify(value)}` });
  }
  return value;
}
