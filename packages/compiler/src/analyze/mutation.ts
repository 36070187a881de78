import { Node, type CallExpression } from "ts-morph";

const MUTATING_METHODS = new Set([
  "push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin", "set", "delete", "clear", "add",
]);

/** `xs.push(v)` and friends change a value in place; returns the call's text when it does. */
export function mutatingMethod(call: CallExpression): string | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !MUTATING_METHODS.has(callee.getName())) return undefined;
  return `${callee.getText()}(…)`;
}
