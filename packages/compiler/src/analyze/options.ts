import { Node, type ObjectLiteralExpression } from "ts-morph";
import { fail, locationOf, type SourceLocation } from "../diagnostics/report.js";
import { foldConstant, propertyKey } from "./constants.js";
import type { Json, RetryPolicy } from "../ir/types.js";
import { checkOptionRange, checkRetryErrors, checkRetryField, checkStateName } from "./optionRanges.js";

/**
 * Reads an options object whose values must be literals. Properties listed in `dynamic` are
 * returned as nodes so the caller can analyze them as expressions.
 */
export function readLiteralOptions(
  node: Node | undefined,
  what: string,
  allowed: readonly string[],
  dynamic: readonly string[] = [],
): { values: Record<string, Json>; nodes: Record<string, Node>; at: Record<string, Node> } {
  const values: Record<string, Json> = {};
  const nodes: Record<string, Node> = {};
  // Where each option is written, to report a value out of range at the option itself.
  const at: Record<string, Node> = {};
  if (!node) return { values, nodes, at };
  if (!Node.isObjectLiteralExpression(node)) {
    const folded = foldConstant(node);
    if (folded && folded.value !== null && typeof folded.value === "object" && !Array.isArray(folded.value)) {
      for (const [key, value] of Object.entries(folded.value)) {
        if (!allowed.includes(key)) fail(node, "notLiteralOption", { what: `${what}: "${key}" is not an option, and it` });
        checkOptionRange(key, value, node);
        values[key] = value;
        at[key] = node;
      }
      return { values, nodes, at };
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
    at[key] = valueNode;
    if (folded) {
      checkOptionRange(key, folded.value, valueNode);
      values[key] = folded.value;
    } else if (dynamic.includes(key)) nodes[key] = valueNode;
    else fail(valueNode, "notLiteralOption", { what: `the option "${key}"` });
  }
  return { values, nodes, at };
}

/**
 * A `name` option that names a state: used exactly as written (never shortened or numbered), so
 * it is checked here and its place kept for the report of a name given twice.
 */
export function userStateName(values: Record<string, Json>, at: Record<string, Node>): { stateName?: string; stateNameAt?: SourceLocation } {
  if (values.name === undefined) return {};
  checkStateName(values.name, at.name);
  return { stateName: values.name as string, stateNameAt: locationOf(at.name) };
}

const RETRY_KEYS = ["errors", "intervalSeconds", "maxAttempts", "backoffRate", "maxDelaySeconds", "jitter"];

/** A `retry` option as Retriers: one policy or a list, `[]` for none. */
export function toRetryPolicies(value: Json, written: Node): RetryPolicy[] {
  const list = Array.isArray(value) ? value : [value];
  const policies = list.map((item, index) => {
    const at = Array.isArray(value) ? elementNode(written, index) : written;
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
      checkRetryField(key, item[key] as number, propertyNode(at, key));
      policy[key] = item[key] as number;
    }
    if (item.jitter !== undefined) {
      if (item.jitter !== "FULL" && item.jitter !== "NONE") fail(at, "notLiteralOption", { what: 'retry.jitter ("FULL" or "NONE")' });
      policy.jitter = item.jitter;
    }
    return policy;
  });
  checkRetryErrors(policies.map((p) => p.errors), (index) => {
    const at = Array.isArray(value) ? elementNode(written, index) : written;
    return propertyNode(at, "errors");
  });
  return policies;
}

/** The node of an array literal's element, or the whole value when it is not written in place. */
function elementNode(node: Node, index: number): Node {
  const literal = Node.isArrayLiteralExpression(node) ? node : undefined;
  return literal?.getElements()[index] ?? node;
}

/** The value node of an object literal's property, or the whole value when it is not written in place. */
function propertyNode(node: Node, key: string): Node {
  if (!Node.isObjectLiteralExpression(node)) return node;
  const property = node.getProperty(key);
  return property && Node.isPropertyAssignment(property) ? property.getInitializerOrThrow() : property ?? node;
}
