import { failField } from "./fail.js";
import type { Expr, Json, PathSegment, Stmt } from "../../ir/types.js";
import { addEndState, addState, labelFor, type AslState, type Flow, type Graph } from "./builder.js";
import { lowerCondition } from "./condition.js";
import { renderPath, selectedResultAt } from "./layout.js";
import { simplifyCondition } from "./simplify.js";
import { field, LoweringError, toTemplate, type PathResolver, type Template } from "./template.js";
import { resultKeyOf, taskState } from "./task.js";
import { innermostLoop, lowerLoop } from "./loop.js";
import { lowerMap, lowerParallel } from "./concurrency.js";
import { lowerDistributedMap } from "./distributedMap.js";
import { activeCatchers } from "./catchers.js";
import { lowerRethrow, lowerThrowInTry, lowerTry, runFinallyBlocks } from "./trycatch.js";
import { lowerSwitch, switchTarget } from "./switch.js";
import { constructOf, setCondition } from "../origins.js";

/** Lowers statements in order; returns where control goes on, or undefined if it never does. */
export function lowerStatements(graph: Graph, stmts: readonly Stmt[], flow: Flow | undefined): Flow | undefined {
  let current = flow;
  for (let i = 0; i < stmts.length; i++) {
    if (!current) return undefined;
    const stmt = stmts[i];
    graph.at = stmt.at;
    const next = stmts[i + 1];
    // The states made while a statement is lowered come from it (see origins.ts).
    const outer = graph.origin;
    graph.origin = { at: stmt.at, construct: constructOf(stmt) };
    try {
      if (stmt.kind === "call" && next?.kind === "return" && !graph.finallyFrames?.length && returnsOnlyResult(stmt, next.value)) {
        lowerCallAndReturn(graph, stmt, next.value, current);
        return undefined;
      }
      const selected = selectedResultAt(graph.layout, stmts, i);
      if (selected) {
        current = lowerCall(graph, { ...selected.call, variable: selected.variable }, current, selected.select);
        i++;
        continue;
      }
      current = lowerStatement(graph, stmt, current);
    } finally {
      graph.origin = outer;
    }
  }
  return current;
}

function lowerStatement(graph: Graph, stmt: Stmt, flow: Flow): Flow | undefined {
  switch (stmt.kind) {
    case "assign":
      return lowerAssign(graph, stmt, flow);
    case "call":
      return lowerCall(graph, stmt, flow);
    case "wait":
      return lowerWait(graph, stmt, flow);
    case "if":
      return lowerIf(graph, stmt, flow);
    case "return": {
      const beforeReturn = runFinallyBlocks(graph, flow);
      if (beforeReturn) lowerReturn(graph, stmt.value, beforeReturn);
      return undefined;
    }
    case "throw":
      if (activeCatchers(graph).length > 0) lowerThrowInTry(graph, stmt, flow);
      else lowerThrow(graph, stmt, flow);
      return undefined;
    case "try":
      return lowerTry(graph, stmt, flow);
    case "rethrow":
      lowerRethrow(graph, stmt, flow);
      return undefined;
    case "loop":
      return lowerLoop(graph, stmt, flow);
    case "break": {
      // Leaving a try on the way out runs its finally block first.
      const target = stmt.target !== undefined ? switchTarget(graph, stmt.target) : innermostLoop(graph);
      const end = runFinallyBlocks(graph, flow, target.finallyDepth);
      if (end) target.breaks.push(end);
      return undefined;
    }
    case "continue": {
      const loop = innermostLoop(graph);
      const end = runFinallyBlocks(graph, flow, loop.finallyDepth);
      if (end) loop.continues.push(end);
      return undefined;
    }
    case "parallel":
      return lowerParallel(graph, stmt, flow);
    case "map":
      return lowerMap(graph, stmt, flow);
    case "distributedMap":
      return lowerDistributedMap(graph, stmt, flow);
    case "switch":
      return lowerSwitch(graph, stmt, flow);
  }
}

/** The template of a variable's slot: its value, under the wrapper key when it has one. */
function slotTemplate(graph: Graph, variable: string, value: Template): Template {
  const key = graph.layout.wrapKey(variable);
  return key ? { fixed: field(key, value) } : value;
}

function lowerAssign(graph: Graph, stmt: Extract<Stmt, { kind: "assign" }>, flow: Flow): Flow {
  if (!graph.layout.isRead(stmt.variable)) return flow;
  const slot = graph.layout.slot(stmt.variable);
  const value = slotTemplate(graph, stmt.variable, toTemplate(stmt.value, graph.resolve));
  let state: AslState;
  if (!flow.established) {
    // The first write turns the raw input into the object of variables.
    state = "fixed" in value && !hasDynamicKeys(value.fixed) ? { Type: "Pass", Result: { [slot]: value.fixed } } : { Type: "Pass", Parameters: field(slot, value) };
  } else if ("fixed" in value) {
    state = hasDynamicKeys(value.fixed)
      ? { Type: "Pass", Parameters: value.fixed, ResultPath: `$.${slot}` }
      : { Type: "Pass", Result: value.fixed, ResultPath: `$.${slot}` };
  } else {
    state = { Type: "Pass", InputPath: value.dynamic, ResultPath: `$.${slot}` };
  }
  const { next } = addState(graph, flow, labelFor(stmt, `Set ${slot}`), state);
  return { edges: [next], established: true };
}

function hasDynamicKeys(value: Json): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasDynamicKeys);
  return Object.entries(value).some(([key, inner]) => key.endsWith(".$") || hasDynamicKeys(inner));
}

/** A task call; `select` is the part of the result the variable receives (all of it by default). */
function lowerCall(graph: Graph, stmt: Extract<Stmt, { kind: "call" }>, flow: Flow, select: readonly PathSegment[] = []): Flow {
  const state = taskState(stmt.call, graph.resolve);
  const variable = stmt.variable && graph.layout.isRead(stmt.variable) ? stmt.variable : undefined;
  const resultKey = resultKeyOf(stmt.call);
  const result = renderPath("$", [...(resultKey ? [resultKey] : []), ...select]);
  if (!variable) {
    state.ResultPath = null;
    const { next } = addState(graph, flow, labelFor(stmt.call, stmt.call.taskName), state);
    return { edges: [next], established: flow.established };
  }
  const slot = graph.layout.slot(variable);
  const key = graph.layout.wrapKey(variable);
  if (!flow.established) {
    state.ResultSelector = key ? { [slot]: { [`${key}.$`]: result } } : { [`${slot}.$`]: result };
    state.ResultPath = "$";
  } else {
    // A result with a key of its own (`Payload`, `Output`) always lands in a wrapped variable (layout.ts).
    if (key) state.ResultSelector = { [`${key}.$`]: result };
    state.ResultPath = `$.${slot}`;
  }
  const { next } = addState(graph, flow, labelFor(stmt.call, stmt.call.taskName), retryLast(state));
  return { edges: [next], established: true };
}

/** Retry reads best after the data fields, as people write it. */
function retryLast(state: AslState): AslState {
  const { Retry, ...rest } = state;
  return Retry === undefined ? rest : { ...rest, Retry };
}

/** `return await task(x)` (or a value built only from its result, the input and literals) ends in the Task itself. */
function returnsOnlyResult(stmt: Extract<Stmt, { kind: "call" }>, value: Expr | undefined): boolean {
  if (!value) return false;
  const onlyResult = (expr: Expr): boolean => {
    switch (expr.kind) {
      case "literal":
        return true;
      case "read":
        return expr.root.kind !== "variable" || expr.root.id === stmt.variable;
      case "object":
        return expr.entries.every((e) => onlyResult(e.value));
      case "array":
        return expr.items.every(onlyResult);
      case "format":
        return expr.values.every(onlyResult);
      case "intrinsic":
        return expr.args.every(onlyResult);
    }
  };
  const isWholeRead = value.kind === "read" && value.root.kind === "variable" && value.root.id === stmt.variable;
  return isWholeRead || (value.kind === "object" && onlyResult(value));
}

function lowerCallAndReturn(graph: Graph, stmt: Extract<Stmt, { kind: "call" }>, value: Expr | undefined, flow: Flow): void {
  const state = taskState(stmt.call, graph.resolve);
  const resultKey = resultKeyOf(stmt.call);
  const result = resultKey ? [resultKey] : [];
  if (value?.kind === "read") {
    const path = [...result, ...value.path];
    if (path.length > 0) state.OutputPath = renderResultPath(path);
  } else if (value) {
    // ResultSelector sees the raw result as `$` and the context as `$$`.
    const resolveInResult: PathResolver = (root, path) =>
      root.kind === "variable" ? renderResultPath([...result, ...path]) : graph.resolve(root, path);
    const template = toTemplate(value, resolveInResult);
    if (!("fixed" in template)) throw new LoweringError("only objects can be built from a task's result");
    state.ResultSelector = template.fixed;
  }
  addEndState(graph, flow, labelFor(stmt.call, stmt.call.taskName), { ...retryLast(state), End: true });
}

function renderResultPath(path: readonly (string | number)[]): string {
  return renderPath("$", path);
}

function lowerWait(graph: Graph, stmt: Extract<Stmt, { kind: "wait" }>, flow: Flow): Flow {
  const state: AslState = { Type: "Wait" };
  if (stmt.comment) state.Comment = stmt.comment;
  const [value, literalKey, pathKey] = stmt.seconds ? [stmt.seconds, "Seconds", "SecondsPath"] : [stmt.until!, "Timestamp", "TimestampPath"];
  const template = toTemplate(value, graph.resolve);
  if ("fixed" in template) state[literalKey] = template.fixed;
  else state[pathKey] = template.dynamic;
  const label = labelFor(stmt, "fixed" in template ? (stmt.seconds ? `Wait ${template.fixed}s` : `Wait until ${template.fixed}`) : "Wait");
  const { next } = addState(graph, flow, label, state);
  return { edges: [next], established: flow.established };
}

function lowerIf(graph: Graph, stmt: Extract<Stmt, { kind: "if" }>, flow: Flow): Flow | undefined {
  const cond = simplifyCondition(stmt.cond);
  if (cond.kind === "constant") return lowerStatements(graph, cond.value ? stmt.then : stmt.else, flow);
  const rule = lowerCondition(cond, graph.resolve);
  const choice: AslState = { Type: "Choice", Choices: [rule] };
  setCondition(rule, stmt.label);
  addState(graph, flow, `If ${stmt.label}`, choice);
  const thenFlow = lowerStatements(graph, stmt.then, { edges: [(target) => void (rule.Next = target)], established: flow.established });
  const elseFlow = lowerStatements(graph, stmt.else, { edges: [(target) => void (choice.Default = target)], established: flow.established });
  return mergeFlows(graph, [thenFlow, elseFlow]);
}

/**
 * Joins flows at the statement after a branch. Their data must have one shape there: a branch
 * that never wrote a variable still holds the raw input, so it gets a Pass that starts the
 * object of variables (rare: it needs a branch that writes and one that does not, then more code).
 */
export function mergeFlows(graph: Graph, flows: (Flow | undefined)[]): Flow | undefined {
  const live = flows.filter((f): f is Flow => f !== undefined);
  if (live.length === 0) return undefined;
  if (live.every((f) => f.established === live[0].established)) {
    return { edges: live.flatMap((f) => f.edges), established: live[0].established };
  }
  const edges = live.flatMap((f) => {
    if (f.established) return f.edges;
    const { next } = addState(graph, f, "Start variables", { Type: "Pass", Result: {} });
    return [next];
  });
  return { edges, established: true };
}

function lowerReturn(graph: Graph, value: Expr | undefined, flow: Flow): void {
  if (!value) {
    addEndState(graph, flow, "Return", { Type: "Pass", Result: {}, End: true });
    return;
  }
  const template = toTemplate(value, graph.resolve);
  if ("fixed" in template) {
    const state = hasDynamicKeys(template.fixed) ? { Type: "Pass", Parameters: template.fixed, End: true } : { Type: "Pass", Result: template.fixed, End: true };
    addEndState(graph, flow, "Return", state);
  } else if (template.dynamic.startsWith("$.") || template.dynamic === "$") {
    addEndState(graph, flow, "Return", { Type: "Succeed", OutputPath: template.dynamic });
  } else {
    addEndState(graph, flow, "Return", { Type: "Pass", Parameters: { "value.$": template.dynamic }, OutputPath: "$.value", End: true });
  }
}

function lowerThrow(graph: Graph, stmt: Extract<Stmt, { kind: "throw" }>, flow: Flow): void {
  const error = toTemplate(stmt.error, graph.resolve);
  const state: AslState = { Type: "Fail", ...failField("Error", error), ...(stmt.cause ? failField("Cause", toTemplate(stmt.cause, graph.resolve)) : {}) };
  addEndState(graph, flow, "fixed" in error ? `Fail ${error.fixed}` : "Fail", state);
}

