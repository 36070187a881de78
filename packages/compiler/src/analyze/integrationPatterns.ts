import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt } from "../diagnostics/report.js";
import type { TaskCall, WorkflowIR } from "../ir/types.js";
import { forEachStmt } from "../ir/walk.js";

/** The integration pattern of a call that waits for something outside the state machine, if any. */
export function waitingPattern(call: TaskCall): string | undefined {
  if (call.waitForTaskToken) return ".waitForTaskToken";
  if (call.target.kind === "workflow") return ".sync:2 (a nested execution)";
  if (call.target.kind === "task") return /\.sync(:\d+)?$/.exec(call.target.resource)?.[0];
  return undefined;
}

/** EXPRESS workflows cannot run `.sync` or `.waitForTaskToken` tasks: each such call is an error at the call. */
export function expressProblems(ir: WorkflowIR): Diagnostic[] {
  if (ir.type !== "EXPRESS") return [];
  const problems: Diagnostic[] = [];
  forEachStmt(ir.body, (stmt) => {
    if (stmt.kind !== "call") return;
    const pattern = waitingPattern(stmt.call);
    if (pattern) {
      problems.push(diagnosticAt(stmt.call.callAt ?? stmt.at, "expressIntegrationPattern", { what: `the call of ${stmt.call.taskName}`, pattern }));
    }
  });
  return problems;
}
