import { Node, SyntaxKind } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { foldConstant } from "../constants.js";
import { kindsOfJson } from "./literal.js";
import { analyzeIdentifier } from "./Identifier.js";
import { analyzePropertyAccess, analyzeElementAccess } from "./PropertyAccessExpression.js";
import { analyzeObjectLiteral } from "./ObjectLiteralExpression.js";
import { analyzeArrayLiteral } from "./ArrayLiteralExpression.js";
import { analyzeTemplate } from "./TemplateExpression.js";
import { analyzeAwait } from "./AwaitExpression.js";
import { analyzeBinary } from "./BinaryExpression.js";
import { analyzeCallExpression } from "./CallExpression.js";
import { refuseSyntax } from "./refusals.js";
import { analyzeBranchingValue, isBranchingValue } from "./ConditionalExpression.js";
import type { Expr } from "../../ir/types.js";
import { unwrap } from "../../discover/workflows.js";

/**
 * An expression as an IR value. Awaited task calls inside it are hoisted into `hoisted` (in
 * evaluation order) and replaced by reads of their result.
 */
export function analyzeExpression(raw: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (Node.isNonNullExpression(raw)) return asserted(analyzeExpression(raw.getExpression(), context, hoisted));
  const node = unwrap(raw)!;
  const folded = foldConstant(node);
  if (folded) return { kind: "literal", value: folded.value, kinds: kindsOfJson(folded.value) };
  switch (node.getKind()) {
    case SyntaxKind.Identifier:
      return analyzeIdentifier(node.asKindOrThrow(SyntaxKind.Identifier), context);
    case SyntaxKind.PropertyAccessExpression:
      return analyzePropertyAccess(node.asKindOrThrow(SyntaxKind.PropertyAccessExpression), context, hoisted);
    case SyntaxKind.ElementAccessExpression:
      return analyzeElementAccess(node.asKindOrThrow(SyntaxKind.ElementAccessExpression), context, hoisted);
    case SyntaxKind.ObjectLiteralExpression:
      return analyzeObjectLiteral(node.asKindOrThrow(SyntaxKind.ObjectLiteralExpression), context, hoisted);
    case SyntaxKind.ArrayLiteralExpression:
      return analyzeArrayLiteral(node.asKindOrThrow(SyntaxKind.ArrayLiteralExpression), context, hoisted);
    case SyntaxKind.TemplateExpression:
      return analyzeTemplate(node.asKindOrThrow(SyntaxKind.TemplateExpression), context, hoisted);
    case SyntaxKind.AwaitExpression:
      return analyzeAwait(node.asKindOrThrow(SyntaxKind.AwaitExpression), context, hoisted);
    case SyntaxKind.BinaryExpression:
      return analyzeBinary(node.asKindOrThrow(SyntaxKind.BinaryExpression), context, hoisted);
    case SyntaxKind.ConditionalExpression:
      return analyzeBranchingValue(node, context, hoisted);
    case SyntaxKind.PrefixUnaryExpression:
      if (isBranchingValue(node)) return analyzeBranchingValue(node, context, hoisted);
      return fail(node, "unsupportedExpression", { what: describeSyntax(node) });
    case SyntaxKind.CallExpression:
      return analyzeCallExpression(node.asKindOrThrow(SyntaxKind.CallExpression), context, hoisted);
    default:
      refuseSyntax(node);
      return fail(node, "unsupportedExpression", { what: describeSyntax(node) });
  }
}

/**
 * `x!`: the value is read as present, a plain path. When the assertion is false at run time, the
 * state that reads the path fails with States.Runtime (Step Functions cannot find the path).
 */
function asserted(value: Expr): Expr {
  return value.kind === "read" && value.kinds.includes("undefined") ? { ...value, kinds: value.kinds.filter((k) => k !== "undefined") } : value;
}

export function describeSyntax(node: Node): string {
  const text = node.getText().replace(/\s+/g, " ");
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `\`${short}\` (${node.getKindName()})`;
}
