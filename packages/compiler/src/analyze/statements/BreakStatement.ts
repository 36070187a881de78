import { Node, type BreakStatement, type ContinueStatement } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext } from "../context.js";
import type { Stmt } from "../../ir/types.js";

/**
 * `break` leaves the innermost switch or loop; `continue` goes on with the innermost loop.
 * A labeled one is refused.
 */
export function analyzeBreakStatement(statement: BreakStatement | ContinueStatement, context: AnalysisContext): Stmt[] {
  const isBreak = Node.isBreakStatement(statement);
  const label = statement.getLabel();
  if (label) fail(statement, "labeledStatement", { what: `\`${statement.getText().replace(/;$/, "")}\`` });
  const at = locationOf(statement);
  if (!isBreak) return [{ kind: "continue", at }];
  if (innermostTarget(statement) === "switch") {
    if (!context.breakTarget) throw new Error("a switch's body is analyzed with its break target");
    return [{ kind: "break", target: context.breakTarget, at }];
  }
  return [{ kind: "break", at }];
}

function innermostTarget(node: Node): "loop" | "switch" | undefined {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isSwitchStatement(current)) return "switch";
    if (Node.isIterationStatement(current)) return "loop";
    if (Node.isFunctionLikeDeclaration(current) || Node.isArrowFunction(current) || Node.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}
