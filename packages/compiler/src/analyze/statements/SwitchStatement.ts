import { Node, type SwitchStatement } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeCondition, compareValues, hasCalls, isUndefinedKeyword, operand, requireKnownKinds } from "../conditions.js";
import type { Cond, Expr, Stmt, SwitchClause } from "../../ir/types.js";
import { analyzeStatements, labelOf } from "./index.js";

/**
 * `switch (x) { case a: … default: … }`: one Choice whose rules are the case tests in order and
 * whose Default is the default clause, wherever it is written. Bodies follow in source order, so
 * one without `break` falls into the next.
 */
export function analyzeSwitchStatement(statement: SwitchStatement, context: AnalysisContext): Stmt[] {
  const hoisted: Hoisted = [];
  const discriminantNode = statement.getExpression();
  const discriminant = operand(discriminantNode, context, hoisted);
  requireKnownKinds(discriminant, discriminantNode);
  if (discriminant.kinds.some((k) => k === "object" || k === "array")) {
    fail(discriminantNode, "invalidSwitch", { what: "a switch on an object or array (cases compare by reference in JavaScript)" });
  }
  const at = locationOf(statement);
  const id = `switch ${at.line}:${at.column}`;
  const inner: AnalysisContext = { ...context, breakTarget: id };
  const clauses: SwitchClause[] = statement.getCaseBlock().getClauses().map((clause) => {
    const body = analyzeStatements(clause.getStatements(), inner);
    if (Node.isDefaultClause(clause)) return { body };
    const testNode = clause.getExpression();
    const testHoisted: Hoisted = [];
    const cond: Cond = isUndefinedKeyword(testNode)
      ? { kind: "not", item: { kind: "present", value: discriminant } }
      : isBooleanSwitch(discriminant, testNode)
        ? analyzeCondition(testNode, context, testHoisted)
        : compareValues(discriminant, discriminantNode, "===", operand(testNode, context, testHoisted), testNode);
    if (hasCalls(testHoisted)) {
      fail(testNode, "invalidSwitch", { what: "an awaited call in a case test (JavaScript runs it only when the cases before it did not match)" });
    }
    hoisted.push(...testHoisted);
    return { cond, body, label: `${labelOf(discriminantNode)} === ${labelOf(testNode)}` };
  });
  return [...hoisted, { kind: "switch", id, clauses, label: `Switch ${labelOf(discriminantNode)}`, at }];
}

/** `switch (true) { case x > 1: … }`: a case whose test is a boolean expression matches when it holds. */
function isBooleanSwitch(discriminant: Expr, testNode: Node): boolean {
  const type = unwrap(testNode)!.getType();
  return discriminant.kind === "literal" && discriminant.value === true && (type.isBoolean() || type.isBooleanLiteral());
}

