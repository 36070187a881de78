import { Node, type CallExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { propertyKey } from "../constants.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { checkRange, WAIT_SECONDS } from "../optionRanges.js";
import { readLiteralOptions, userStateName } from "../options.js";
import { labelOf } from "./index.js";

/** `await wait({ seconds })` / `await wait({ until })`. */
export function analyzeWait(call: CallExpression, context: AnalysisContext): Stmt[] {
  const [specNode, optionsNode] = call.getArguments();
  const hoisted: Hoisted = [];
  if (!specNode || !Node.isObjectLiteralExpression(specNode) || specNode.getProperties().length !== 1) {
    fail(specNode ?? call, "unsupportedExpression", { what: "a wait that is not `{ seconds }` or `{ until }` written in place" });
  }
  const property = specNode.getProperties()[0];
  if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) {
    fail(property, "unsupportedExpression", { what: "a wait that is not `{ seconds }` or `{ until }`" });
  }
  const key = propertyKey(property.getNameNode());
  const valueNode = Node.isPropertyAssignment(property) ? property.getInitializerOrThrow() : property.getNameNode();
  if (key !== "seconds" && key !== "until") fail(property, "unsupportedExpression", { what: `the wait field \`${key}\`` });
  let value: Expr = analyzeExpression(valueNode, context, hoisted);
  requirePresent(value, valueNode, `the wait's ${key}`);
  if (value.kind !== "literal" && value.kind !== "read") {
    const id = newVariable(context, key, value.kinds);
    hoisted.push({ kind: "assign", variable: id, value, label: labelOf(valueNode), at: locationOf(valueNode) });
    value = { kind: "read", root: { kind: "variable", id }, path: [], kinds: value.kinds };
  }
  if (value.kind === "literal" && key === "seconds") checkRange("the wait's seconds", value.value, WAIT_SECONDS, valueNode);
  const { values, at } = readLiteralOptions(optionsNode, "the wait options", ["name", "comment"]);
  return [
    ...hoisted,
    {
      kind: "wait",
      [key]: value,
      ...userStateName(values, at),
      comment: typeof values.comment === "string" ? values.comment : undefined,
      label: labelOf(call),
      at: locationOf(call),
    },
  ];
}
