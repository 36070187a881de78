import type { WhileStatement } from "ts-morph";
import type { AnalysisContext } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "./index.js";
import { analyzeLoop } from "./loops.js";

/** `while (c) { … }`: a Choice at the head of the loop. */
export function analyzeWhileStatement(statement: WhileStatement, context: AnalysisContext): Stmt[] {
  const condition = statement.getExpression();
  return analyzeLoop({ node: statement, condition, body: statement.getStatement(), testFirst: true, construct: "while", label: `While ${labelOf(condition)}` }, context);
}
