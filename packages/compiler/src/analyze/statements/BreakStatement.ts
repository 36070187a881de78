import { Node, type BreakStatement, type ContinueStatement } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { Stmt } from "../ir.js";

/** `break` and `continue` leave or go on with the innermost loop (a labeled one is refused). */
export function analyzeBreakStatement(statement: BreakStatement | ContinueStatement): Stmt[] {
  const isBreak = Node.isBreakStatement(statement);
  const label = statement.getLabel();
  if (label) fail(statement, "labeledStatement", { what: `\`${statement.getText().replace(/;$/, "")}\`` });
  if (isBreak && innermostTarget(statement) === "switch") {
    fail(statement, "unsupportedStatement", { what: "`break` inside `switch`" });
  }
  return [{ kind: isBreak ? "break" : "continue", at: locationOf(statement) }];
}

function innermostTarget(node: Node): "loop" | "switch" | undefined {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isSwitchStatement(current)) return "switch";
    if (Node.isIterationStatement(current)) return "loop";
    if (Node.isFunctionLikeDeclaration(current) || Node.isArrowFunction(current) || Node.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}
