import { Node, type Identifier } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { AlreadyReported, diagnosticAt, fail, locationOf } from "../../diagnostics/report.js";
import { bindingOf, type AnalysisContext } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { refuseHelperValue } from "../helpers.js";

/** A name: a workflow variable, an alias, the input, or the context parameter. */
export function analyzeIdentifier(node: Identifier, context: AnalysisContext): Expr {
  // In `{ team }` the name's own symbol is the property; the value is the variable of that name.
  const parent = node.getParent();
  const symbol = Node.isShorthandPropertyAssignment(parent) ? parent.getValueSymbol() : resolveSymbol(node);
  const declaration = symbol?.getDeclarations()[0];
  const binding = declaration && bindingOf(context, declaration);
  const kinds = kindsOfNode(node) ?? [];
  if (!binding) {
    refuseHelperValue(node);
    if (node.getText() === "undefined") {
      fail(node, "unsupportedExpression", { what: "`undefined` as a value (JSON has no undefined; omit the property instead)" });
    }
    fail(node, "unsupportedExpression", {
      what: `\`${node.getText()}\`, which is neither a workflow variable nor a module-level constant of JSON literals,`,
    });
  }
  if (binding.kind === "failed") throw new AlreadyReported(diagnosticAt(locationOf(node), "unsupportedExpression", { what: node.getText() }));
  if (binding.kind === "variable" && context.caughtErrors?.has(binding.id)) {
    fail(node, "caughtErrorValue", { what: node.getText() });
  }
  switch (binding.kind) {
    case "variable":
      return { kind: "read", root: { kind: "variable", id: binding.id }, path: [], kinds };
    case "alias":
      return narrowed(binding.value, kinds);
    case "input":
      return { kind: "read", root: { kind: "input" }, path: [], kinds };
    case "context":
      return { kind: "read", root: { kind: "context", path: [] }, path: [], kinds: ["object"] };
  }
}

/**
 * An alias read where TypeScript narrowed the name (`if (state === "FAILED")`): the same path,
 * with the kinds the checker proved for this use, so no presence or type test is asked for again.
 */
function narrowed(value: Expr, kinds: Expr["kinds"]): Expr {
  if (value.kind !== "read" || kinds.length === 0 || !kinds.every((k) => value.kinds.includes(k))) return value;
  return { ...value, kinds };
}
