import { Node, type ThrowStatement } from "ts-morph";
import { dslRoleOf } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "./index.js";
import { caughtErrorOf } from "../caughtErrors.js";

/** `throw new WorkflowError(error, cause?)`: a Fail state (or a Catcher's target inside try); `throw e` rethrows. */
export function analyzeThrowStatement(statement: ThrowStatement, context: AnalysisContext): Stmt[] {
  const thrown = unwrap(statement.getExpression())!;
  const caught = caughtErrorOf(thrown, context);
  if (caught) return [{ kind: "rethrow", variable: caught, label: labelOf(statement), at: locationOf(statement) }];
  if (!Node.isNewExpression(thrown) || dslRoleOf(thrown.getExpression()) !== "WorkflowError") {
    fail(thrown, "throwNotWorkflowError", { what: `\`${labelOf(thrown)}\`` });
  }
  const [errorNode, causeNode] = thrown.getArguments();
  const hoisted: Hoisted = [];
  if (!errorNode) fail(thrown, "unsupportedExpression", { what: "a WorkflowError without an error name" });
  const error = analyzeExpression(errorNode, context, hoisted);
  requirePresent(error, errorNode, "the error name");
  const cause = causeNode ? analyzeExpression(causeNode, context, hoisted) : undefined;
  if (cause && causeNode) requirePresent(cause, causeNode, "the cause");
  for (const [value, node] of [[error, errorNode], [cause, causeNode]] as const) {
    if (value && node && value.kinds.some((k) => k !== "string")) {
      fail(node, "unsupportedExpression", { what: "an error name or cause that is not a string" });
    }
  }
  return [...hoisted, { kind: "throw", error, cause, label: labelOf(statement), at: locationOf(statement) }];
}
