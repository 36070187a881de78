import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diagnosticAt } from "../../diagnostics/report.js";
import type { Stmt, WorkflowIR } from "../../ir/types.js";
import { nestedLists } from "../../ir/walk.js";
import { waitingPattern } from "../integrationPatterns.js";

/** An EXPRESS execution (a child included) runs at most five minutes. */
const EXPRESS_SECONDS = 300;

/**
 * What Step Functions rejects about Distributed Maps given where they run: none in an EXPRESS
 * workflow or EXPRESS child; no `.sync` or `.waitForTaskToken` in an EXPRESS child, nor a wait
 * or task timeout longer than an EXPRESS execution may run.
 */
export function distributedMapProblems(ir: WorkflowIR): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const visit = (list: readonly Stmt[], express: "workflow" | "child" | undefined): void => {
    for (const stmt of list) {
      if (stmt.kind === "distributedMap") {
        if (express) problems.push(diagnosticAt(stmt.at, "distributedMapInExpress"));
        visit(stmt.body, stmt.executionType === "EXPRESS" ? "child" : undefined);
        continue;
      }
      if (express === "child") problems.push(...expressChildProblems(stmt));
      for (const nested of nestedLists(stmt)) visit(nested, express);
    }
  };
  visit(ir.body, ir.type === "EXPRESS" ? "workflow" : undefined);
  return problems;
}

function expressChildProblems(stmt: Stmt): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (stmt.kind === "call") {
    const at = stmt.call.callAt ?? stmt.at;
    const pattern = waitingPattern(stmt.call);
    if (pattern) problems.push(diagnosticAt(at, "expressChildPattern", { what: `the call of ${stmt.call.taskName}`, pattern }));
    for (const [what, value] of [["timeoutSeconds", stmt.call.timeoutSeconds], ["heartbeatSeconds", stmt.call.heartbeatSeconds]] as const) {
      if (value?.kind === "literal" && typeof value.value === "number" && value.value > EXPRESS_SECONDS) {
        problems.push(diagnosticAt(at, "expressChildDuration", { what: `${what}: ${value.value} of ${stmt.call.taskName}` }));
      }
    }
  }
  if (stmt.kind === "wait" && stmt.seconds?.kind === "literal" && typeof stmt.seconds.value === "number" && stmt.seconds.value > EXPRESS_SECONDS) {
    problems.push(diagnosticAt(stmt.at, "expressChildDuration", { what: `the wait of ${stmt.seconds.value} seconds` }));
  }
  return problems;
}
