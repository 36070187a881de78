import type { ReturnStatement } from "ts-morph";
import { locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "./index.js";
import { isBranchingValue } from "../expressions/ConditionalExpression.js";
import { returnedValue } from "../expressions/ChoiceCall.js";

/** `return v`: the execution ends with exactly `v` as its output (`{}` when there is none). */
export function analyzeReturnStatement(statement: ReturnStatement, context: AnalysisContext): Stmt[] {
  const expression = statement.getExpression();
  const hoisted: Hoisted = [];
  const into = context.returnTarget;
  if (expression && (into || isBranchingValue(expression))) return returnedValue(expression, { return: true }, context);
  if (into) return [{ kind: "break", target: into.target, at: locationOf(statement) }];
  const value = expression ? analyzeExpression(expression, context, hoisted) : undefined;
  if (value && expression) requirePresent(value, expression, "the returned value");
  return [...hoisted, { kind: "return", value, label: labelOf(statement), at: locationOf(statement) }];
}
