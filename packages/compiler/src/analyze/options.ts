import { Node, type ObjectLiteralExpression } from "ts-morph";
import { fail } from "../diagnostics/report.js";
import { foldConstant, propertyKey } from "./constants.js";
import type { Json, RetryPolicy } from "../ir/types.js";

/**
 * Reads an options object whose values must be literals. Properties listed in `dynamic` are
 * returned as nodes so the caller can analyze them as expressions.
 */
export function readLiteralOptions(
  node: Node | undefined,
  what: string,
  allowed: readonly string[],
  dynamic: readonly string[] = [],
): { values: Record<string, Json>; nodes: Record<string, Node> } {
  const values: Record<string, Json> = {};
  const nodes: Record<string, Node> = {};
  if (!node) return { values, nodes };
  if (!Node.isObjectLiteralExpression(node)) {
    const folded = foldConstant(node);
    if (folded && folded.value !== null && typeof folded.value === "object" && !Array.isArray(folded.value)) {
      for (const [key, value] of Object.entries(folded.value)) {
        if (!allowed.includes(key)) fail(node, "notLiteralOption", { what: `${what}: "${key}" is not an option, and it` });
        values[key] = value;
      }
      return { values, nodes };
    }
    fail(node, "notLiteralOption", { what });
  }
  for (const property of (node as ObjectLiteralExpression).getProperties()) {
    if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) {
      fail(property, "notLiteralOption", { what: `${what} (spread and methods)` });
    }
    const key = propertyKey(property.getNameNode());
    if (key === undefined || !allowed.includes(key)) {
      fail(property.getNameNode(), "notLiteralOption", { what: `${what}: "${property.getNameNode().getText()}" is not one of ${allowed.join(", ")}; each option` });
    }
    const valueNode = Node.isPropertyAssignment(property) ? property.getInitializerOrThrow() : property.getNameNode();
    const folded = foldConstant(valueNode);
    if (folded) values[key] = folded.value;
    else if (dynamic.includes(key)) nodes[key] = valueNode;
    else fail(valueNode, "notLiteralOption", { what: `the option "${key}"` });
  }
  return { values, nodes };
}

const RETRY_KEYS = ["errors", "intervalSeconds", "maxAttempts", "backoffRate", "maxDelaySeconds", "jitter"];

/** A `retry` option as Retriers: one policy or a list, `[]` for none. */
export function toRetryPolicies(value: Json, at: Node): RetryPolicy[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) fail(at, "notLiteralOption", { what: "each retry policy (an object)" });
    for (const key of Object.keys(item)) {
      if (!RETRY_KEYS.includes(key)) fail(at, "notLiteralOption", { what: `the retry field "${key}" is not one of ${RETRY_KEYS.join(", ")}; each field` });
    }
    const errors = item.errors ?? ["States.ALL"];
    if (!Array.isArray(errors) || errors.some((e) => typeof e !== "string")) fail(at, "notLiteralOption", { what: "retry.errors (a list of error names)" });
    const policy: RetryPolicy = { errors: errors as string[] };
    for (const key of ["intervalSeconds", "maxAttempts", "backoffRate", "maxDelaySeconds"] as const) {
      if (item[key] === undefined) continue;
      if (typeof item[key] !== "number") fail(at, "notLiteralOption", { what: `retry.${key} (a number)` });
      policy[key] = item[key] as number;
    }
    if (item.jitter !== undefined) {
      if (item.jitter !== "FULL" && item.jitter !== "NONE") fail(at, "notLiteralOption", { what: 'retry.jitter ("FULL" or "NONE")' });
      policy.jitter = item.jitter;
    }
    return policy;
  });
}
