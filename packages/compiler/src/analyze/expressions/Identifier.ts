import { Node, type Identifier, type ts } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext } from "../context.js";
import type { Expr } from "../ir.js";
import { kindsOfNode } from "../kinds.js";

/** A name: a workflow variable, an alias, the input, or the context parameter. */
export function analyzeIdentifier(node: Identifier, context: AnalysisContext): Expr {
  const declaration = valueDeclarationOf(node);
  const binding = declaration && context.bindings.get(declaration);
  const kinds = kindsOfNode(node) ?? [];
  if (!binding) {
    if (node.getText() === "undefined") {
      fail(node, "unsupportedExpression", { what: "`undefined` as a value (JSON has no undefined; omit the property instead)" });
    }
    fail(node, "unsupportedExpression", {
      what: `\`${node.getText()}\`, which is neither a workflow variable nor a module-level constant of JSON literals,`,
    });
  }
  switch (binding.kind) {
    case "variable":
      return { kind: "read", root: { kind: "variable", id: binding.id }, path: [], kinds };
    case "alias":
      return binding.value;
    case "input":
      return { kind: "read", root: { kind: "input" }, path: [], kinds };
    case "context":
      return { kind: "read", root: { kind: "context", path: [] }, path: [], kinds: ["object"] };
  }
}

/** The declaration a name reads; in a shorthand property (`{ token }`) that is the variable's, not the property's. */
function valueDeclarationOf(node: Identifier): ts.Node | undefined {
  const parent = node.getParent();
  if (Node.isShorthandPropertyAssignment(parent)) {
    const symbol = node.getProject().getTypeChecker().compilerObject.getShorthandAssignmentValueSymbol(parent.compilerNode);
    const declaration = symbol?.declarations?.[0];
    if (declaration) return declaration;
  }
  return resolveSymbol(node)?.getDeclarations()[0]?.compilerNode;
}
