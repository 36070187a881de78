import type { IfStatement } from "ts-morph";
import { locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeCondition } from "../conditions.js";
import type { Stmt } from "../../ir/types.js";
import { analyzeBranch, labelOf } from "./index.js";

/** `if (c) { … } else { … }`: a Choice; `else if` chains are merged into one Choice later. */
export function analyzeIfStatement(statement: IfStatement, context: AnalysisContext): Stmt[] {
  const hoisted: Hoisted = [];
  const cond = analyzeCondition(statement.getExpression(), context, hoisted);
  return [
    ...hoisted,
    {
      kind: "if",
      cond,
      then: analyzeBranch(statement.getThenStatement(), context),
      else: analyzeBranch(statement.getElseStatement(), context),
      label: labelOf(statement.getExpression()),
      at: locationOf(statement),
    },
  ];
}
