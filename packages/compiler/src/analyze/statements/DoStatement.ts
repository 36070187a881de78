import type { DoStatement } from "ts-morph";
import type { AnalysisContext } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "./index.js";
import { analyzeLoop } from "./loops.js";

/** `do { … } while (c)`: the body, then a Choice that goes back to it. */
export function analyzeDoStatement(statement: DoStatement, context: AnalysisContext): Stmt[] {
  const condition = statement.getExpression();
  return analyzeLoop({ node: statement, condition, body: statement.getStatement(), testFirst: false, construct: "do…while", label: `Do while ${labelOf(condition)}` }, context);
}
