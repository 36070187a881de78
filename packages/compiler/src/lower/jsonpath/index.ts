import type { WorkflowIR } from "../../ir/types.js";
import { forEachStmt } from "../../ir/walk.js";
import type { AslDefinition } from "../../types.js";
import type { Graph } from "./builder.js";
import { planLayout, variablePath } from "./layout.js";
import { lowerStatements } from "./statements.js";
import { LoweringError, resolverFor } from "./template.js";
import { CompileError, diagnosticAt } from "../../diagnostics/report.js";
import { addEndState } from "./builder.js";

/** A workflow's IR as a JSONPath state machine (before optimization). */
export function lowerWorkflow(ir: WorkflowIR): AslDefinition {
  const layout = planLayout(ir);
  const graph: Graph = {
    states: new Map(),
    names: new Set(),
    reserved: userStateNames(ir.body),
    layout,
    resolve: resolverFor((id, path) => variablePath(layout, id, path)),
  };
  let end;
  try {
    end = lowerStatements(graph, ir.body, { edges: [], established: false });
  } catch (error) {
    if (!(error instanceof LoweringError)) throw error;
    throw new CompileError(diagnosticAt(graph.at ?? ir.at, "unsupportedExpression", { what: error.message }));
  }
  // Falling off the end returns undefined, which a Step Functions output writes as {}.
  graph.origin = { at: ir.at, construct: "end of workflow" };
  if (end) addEndState(graph, end, "Return", { Type: "Pass", Result: {}, End: true });
  const definition: AslDefinition = { StartAt: graph.startAt!, States: Object.fromEntries(graph.states) };
  if (ir.comment) definition.Comment = ir.comment;
  if (ir.timeoutSeconds !== undefined) definition.TimeoutSeconds = ir.timeoutSeconds;
  return orderDefinition(definition);
}

/** The state names the user gave, which the names the compiler derives must not take. */
function userStateNames(body: WorkflowIR["body"]): Set<string> {
  const names = new Set<string>();
  forEachStmt(body, (stmt) => {
    const named = stmt.kind === "call" ? stmt.call : stmt.kind === "wait" || stmt.kind === "parallel" || stmt.kind === "map" ? stmt : undefined;
    if (named?.stateNameAt && named.stateName !== undefined) names.add(named.stateName);
  });
  return names;
}

/** Comment first, as people write it. */
function orderDefinition(definition: AslDefinition): AslDefinition {
  const { Comment, StartAt, TimeoutSeconds, States } = definition;
  return {
    ...(Comment !== undefined ? { Comment } : {}),
    StartAt,
    ...(TimeoutSeconds !== undefined ? { TimeoutSeconds } : {}),
    States,
  };
}
