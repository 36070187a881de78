import { Node, SyntaxKind, type ForStatement } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import type { AnalysisContext } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { analyzeEffect } from "./ExpressionStatement.js";
import { labelOf } from "./index.js";
import { analyzeLoop } from "./loops.js";
import { analyzeVariableStatement } from "./VariableStatement.js";

/** `for (init; test; update) { … }`: the initializer runs once before the loop; `continue` runs the update. */
export function analyzeForStatement(statement: ForStatement, context: AnalysisContext): Stmt[] {
  const initializer = statement.getInitializer();
  const before = !initializer
    ? []
    : Node.isVariableDeclarationList(initializer)
      ? analyzeVariableStatement(initializer, context)
      : effects(initializer, context);
  const condition = statement.getCondition();
  const incrementor = statement.getIncrementor();
  const label = `For ${condition ? labelOf(condition) : "ever"}`;
  const loop = analyzeLoop(
    { node: statement, condition, body: statement.getStatement(), testFirst: true, construct: "for", label, update: () => (incrementor ? effects(incrementor, context) : []) },
    context,
  );
  return [...before, ...loop];
}

/** `i++, j--`: each expression of a comma list in turn. */
function effects(node: Node, context: AnalysisContext): Stmt[] {
  const expression = unwrap(node)!;
  if (Node.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind.CommaToken) {
    return [...effects(expression.getLeft(), context), ...effects(expression.getRight(), context)];
  }
  return analyzeEffect(expression, expression, context);
}
