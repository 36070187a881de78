import { Node, type ObjectLiteralExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { propertyKey } from "../constants.js";
import type { Expr } from "../../ir/types.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";
import { mergeSpreads, type ObjectPiece } from "./spread.js";

/** `{ a, b: x.y }`: a value built in Parameters. */
export function analyzeObjectLiteral(node: ObjectLiteralExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  let entries: { key: string; value: Expr }[] = [];
  const pieces: ObjectPiece[] = [];
  for (const property of node.getProperties()) {
    let key: string | undefined;
    let valueNode: Node;
    if (Node.isPropertyAssignment(property)) {
      key = propertyKey(property.getNameNode());
      valueNode = property.getInitializerOrThrow();
    } else if (Node.isShorthandPropertyAssignment(property)) {
      key = property.getName();
      valueNode = property.getNameNode();
    } else if (Node.isSpreadAssignment(property)) {
      if (entries.length > 0) pieces.push({ kind: "object", entries, kinds: ["object"] });
      entries = [];
      pieces.push({ spread: analyzeExpression(property.getExpression(), context, hoisted), node: property });
      continue;
    } else {
      return fail(property, "unsupportedExpression", { what: "a method or accessor in an object literal" });
    }
    if (key === undefined) fail(property, "unsupportedExpression", { what: "a computed property name that is not a constant" });
    if (key.endsWith(".$")) fail(property, "unsupportedExpression", { what: "a property name ending in `.$` (reserved by ASL)" });
    const value = analyzeExpression(valueNode, context, hoisted);
    requirePresent(value, valueNode, `the property \`${key}\``);
    entries.push({ key, value });
  }
  if (pieces.length === 0) return { kind: "object", entries, kinds: ["object"] };
  if (entries.length > 0) pieces.push({ kind: "object", entries, kinds: ["object"] });
  return mergeSpreads(pieces, node, context, hoisted);
}
