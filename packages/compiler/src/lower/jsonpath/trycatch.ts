/**
 * `try` / `catch` / `finally`, `throw` inside a try, and `throw e`.
 *
 * - The try body is lowered under a catch scope, so each state that can fail gets a Catch per
 *   handler (catchers.ts); each handler's body follows, then the rest of the catch block.
 * - A finally block adds a scope with one `States.ALL` catcher into a pending-error slot: errors
 *   from the body and the handlers run a copy of the block, then propagate. Normal exits and
 *   early returns run their own copies (a copy per exit path, each with unique state names).
 * - A throw inside a try is no Fail (a Fail cannot be caught): a Pass writes the error output
 *   `{ Error, Cause }` to the catcher's slot and goes to its handler; uncaught, it is a Fail.
 * - A Catch's ResultPath writes into the failing state's input; where that may still be the raw
 *   execution input, the try is lowered again after a Pass that starts the object of variables.
 */
import { failField } from "./fail.js";
import type { Stmt } from "../../ir/types.js";
import { CompileError, diagnosticAt } from "../../diagnostics/report.js";
import { addEndState, addState, type AslState, type Flow, type Graph } from "./builder.js";
import { activeCatchers, type Catcher, type CatchScope } from "./catchers.js";
import { lowerStatements, mergeFlows } from "./statements.js";
import { field, toTemplate, type Template } from "./template.js";

type TryStmt = Extract<Stmt, { kind: "try" }>;

/** An error being raised: built by `new WorkflowError(error, cause)`, or stored (a caught error output at `path`). */
export type Raised = { kind: "new"; error: Template; cause?: Template } | { kind: "stored"; path: string };

export function lowerTry(graph: Graph, stmt: TryStmt, flow: Flow): Flow | undefined {
  const snapshot = snapshotOf(graph);
  const first = lowerTryOnce(graph, stmt, flow);
  if (flow.established || !first.needsVariables) return first.flow;
  restore(graph, snapshot);
  const { next } = addState(graph, flow, "Start variables", { Type: "Pass", Result: {} });
  return lowerTryOnce(graph, stmt, { edges: [next], established: true }).flow;
}

function lowerTryOnce(graph: Graph, stmt: TryStmt, flow: Flow): { flow: Flow | undefined; needsVariables: boolean } {
  const scopes = (graph.catchScopes ??= []);
  const frames = (graph.finallyFrames ??= []);
  const caught = stmt.catch;
  const errorSlot = caught?.variable && graph.layout.isRead(caught.variable) ? graph.layout.slot(caught.variable) : undefined;
  const catchScope: CatchScope | undefined = caught && {
    catchers: caught.handlers.map((h) => ({ errors: h.errors, slot: errorSlot, edges: [], inputs: [] })),
  };
  // The pending error may share the caught error's slot: the finally block cannot read `e`, and
  // an error leaving the catch block ends it. `throw e` then needs no copy.
  const pendingSlot = errorSlot ?? (stmt.finally && graph.layout.slot(stmt.finally.pendingError));
  const finallyScope: CatchScope | undefined = stmt.finally && {
    catchers: [{ errors: ["States.ALL"], slot: pendingSlot, edges: [], inputs: [] }],
  };

  if (finallyScope) {
    frames.push({ body: stmt.finally!.body, scopeDepth: scopes.length });
    scopes.push(finallyScope);
  }
  if (catchScope) scopes.push(catchScope);
  const bodyFlow = lowerStatements(graph, stmt.body, flow);
  if (catchScope) scopes.pop();
  let handled: Flow | undefined;
  if (caught && catchScope) {
    const handlerFlows = caught.handlers.map((handler, i) => {
      const catcher = catchScope.catchers[i];
      return catcher.edges.length > 0 ? lowerStatements(graph, handler.body, flowInto(catcher)) : undefined;
    });
    const merged = mergeFlows(graph, handlerFlows);
    handled = merged && lowerStatements(graph, caught.rest, merged);
  }
  if (finallyScope) {
    scopes.pop();
    frames.pop();
  }

  let after = mergeFlows(graph, [bodyFlow, handled]);
  if (stmt.finally && finallyScope) {
    after = after && lowerStatements(graph, stmt.finally.body, after);
    const pending = finallyScope.catchers[0];
    if (pending.edges.length > 0) {
      const end = lowerStatements(graph, stmt.finally.body, flowInto(pending));
      if (end) raise(graph, end, { kind: "stored", path: `$.${pending.slot}` }, "Rethrow");
    }
  }
  const catchers = [...(catchScope?.catchers ?? []), ...(finallyScope?.catchers ?? [])];
  const needsVariables = catchers.some((c) => c.inputs.includes(false) && (c.slot !== undefined || c.inputs.includes(true)));
  return { flow: after, needsVariables };
}

function flowInto(catcher: Catcher): Flow {
  return { edges: catcher.edges, established: catcher.inputs.every(Boolean) };
}

/**
 * An error raised at `flow`: to the first active catcher that matches it (a Choice on the name
 * when it is only known at run time), else a Fail.
 */
export function raise(graph: Graph, flow: Flow, raised: Raised, label: string): void {
  const catchers = activeCatchers(graph);
  const name = raised.kind === "new" && "fixed" in raised.error ? String(raised.error.fixed) : undefined;
  if (name !== undefined) {
    const target = catchers.find((c) => errorMatches(c.errors, name));
    if (target) deliver(graph, flow, raised, target, label);
    else failWith(graph, flow, raised, label);
    return;
  }
  const catchAll = catchers.find((c) => c.errors.includes("States.ALL"));
  const conditional = catchAll ? catchers.slice(0, catchers.indexOf(catchAll)) : catchers;
  const otherwise = (into: Flow) => (catchAll ? deliver(graph, into, raised, catchAll, label) : failWith(graph, into, raised, label));
  if (conditional.length === 0) {
    otherwise(flow);
    return;
  }
  const namePath = raised.kind === "stored" ? `${raised.path}.Error` : "dynamic" in raised.error ? raised.error.dynamic : "";
  if (!namePath.startsWith("$")) {
    throw new CompileError(diagnosticAt(graph.at!, "computedErrorName", { what: namePath }));
  }
  const rules = conditional.map((c) => nameRule(namePath, c.errors));
  const choice: AslState = { Type: "Choice", Choices: rules };
  addState(graph, flow, `Match ${label}`, choice);
  conditional.forEach((catcher, i) => deliver(graph, { edges: [(t) => void (rules[i].Next = t)], established: flow.established }, raised, catcher, label));
  otherwise({ edges: [(t) => void (choice.Default = t)], established: flow.established });
}

/** Moves the error output into the catcher's slot (when it has one) and on to its handler. */
function deliver(graph: Graph, flow: Flow, raised: Raised, catcher: Catcher, label: string): void {
  const target = catcher.slot === undefined ? undefined : `$.${catcher.slot}`;
  if (target === undefined || (raised.kind === "stored" && raised.path === target)) {
    catcher.edges.push(...flow.edges);
    catcher.inputs.push(...flow.edges.map(() => flow.established));
    return;
  }
  let state: AslState;
  if (raised.kind === "stored") {
    state = { Type: "Pass", InputPath: raised.path, ResultPath: target };
  } else {
    const output = { ...field("Error", raised.error), ...(raised.cause ? field("Cause", raised.cause) : {}) };
    const fixed = Object.keys(output).every((key) => !key.endsWith(".$"));
    state = fixed ? { Type: "Pass", Result: output, ResultPath: target } : { Type: "Pass", Parameters: output, ResultPath: target };
  }
  const { next } = addState(graph, flow, label, state);
  catcher.edges.push(next);
  catcher.inputs.push(flow.established);
}

/** The error leaves the execution: a Fail (for a stored error, one with its Cause only when it has one). */
function failWith(graph: Graph, flow: Flow, raised: Raised, label: string): void {
  if (raised.kind === "new") {
    const state: AslState = { Type: "Fail", ...failField("Error", raised.error), ...(raised.cause ? failField("Cause", raised.cause) : {}) };
    addEndState(graph, flow, "fixed" in raised.error ? `Fail ${raised.error.fixed}` : "Fail", state);
    return;
  }
  // A Fail's CausePath must exist; an error output has no Cause when the error had none.
  const withCause: AslState = { Variable: `${raised.path}.Cause`, IsPresent: true };
  const choice: AslState = { Type: "Choice", Choices: [withCause] };
  addState(graph, flow, `${label} with cause?`, choice);
  addEndState(graph, { edges: [(t) => void (withCause.Next = t)], established: flow.established }, label, {
    Type: "Fail",
    ErrorPath: `${raised.path}.Error`,
    CausePath: `${raised.path}.Cause`,
  });
  addEndState(graph, { edges: [(t) => void (choice.Default = t)], established: flow.established }, `${label} without cause`, {
    Type: "Fail",
    ErrorPath: `${raised.path}.Error`,
  });
}

/** A Choice rule matching an error name as ErrorEquals does. */
function nameRule(path: string, errors: readonly string[]): AslState {
  const equals = (name: string): AslState => ({ Variable: path, StringEquals: name });
  const rules = errors.map((name): AslState =>
    name === "States.TaskFailed" ? { And: [{ Not: equals("States.Timeout") }, { Not: equals("States.Runtime") }] } : equals(name),
  );
  return rules.length === 1 ? { ...rules[0] } : { Or: rules };
}

/** Whether an ErrorEquals list matches an error name (as @stepscript/dsl's errorMatches). */
function errorMatches(errorEquals: readonly string[], error: string): boolean {
  return errorEquals.some(
    (name) =>
      name === error ||
      (name === "States.ALL" && error !== "States.Runtime") ||
      (name === "States.TaskFailed" && error !== "States.Timeout" && error !== "States.Runtime"),
  );
}

/** `throw new WorkflowError(…)` under active catchers. */
export function lowerThrowInTry(graph: Graph, stmt: Extract<Stmt, { kind: "throw" }>, flow: Flow): void {
  const error = toTemplate(stmt.error, graph.resolve);
  const cause = stmt.cause && toTemplate(stmt.cause, graph.resolve);
  raise(graph, flow, { kind: "new", error, cause }, "fixed" in error ? `Throw ${error.fixed}` : "Throw");
}

/** `throw e`: the caught error output, to a catcher or out of the execution. */
export function lowerRethrow(graph: Graph, stmt: Extract<Stmt, { kind: "rethrow" }>, flow: Flow): void {
  const name = graph.layout.slot(stmt.variable);
  raise(graph, flow, { kind: "stored", path: `$.${name}` }, `Rethrow ${name}`);
}

/**
 * Before an early exit inside try or catch: the enclosing finally blocks, innermost first, down
 * to `outerFrames` (a `return` runs them all; a `break` only those inside its loop: pass
 * `graph.finallyFrames.length` as it was when the loop began).
 */
export function runFinallyBlocks(graph: Graph, flow: Flow, outerFrames = 0): Flow | undefined {
  const frames = graph.finallyFrames ?? [];
  const scopes = graph.catchScopes ?? [];
  let current: Flow | undefined = flow;
  for (let i = frames.length - 1; i >= outerFrames && current; i--) {
    graph.catchScopes = scopes.slice(0, frames[i].scopeDepth);
    graph.finallyFrames = frames.slice(0, i);
    current = lowerStatements(graph, frames[i].body, current);
  }
  graph.catchScopes = scopes;
  graph.finallyFrames = frames;
  return current;
}

interface Snapshot {
  states: Map<string, AslState>;
  startAt?: string;
  catchers: [Catcher, number][];
  names: Set<string>;
  /** How many flows each enclosing loop and switch had collected, so a discarded attempt leaves none behind. */
  exits: [Flow[], number][];
}

function snapshotOf(graph: Graph): Snapshot {
  const catchers = (graph.catchScopes ?? []).flatMap((s) => s.catchers.map((c): [Catcher, number] => [c, c.edges.length]));
  const lists: Flow[][] = [
    ...(graph.loops ?? []).flatMap((loop) => [loop.breaks, loop.continues]),
    ...[...(graph.breaks?.values() ?? [])].map((target) => target.breaks),
  ];
  const exits = lists.map((list): [Flow[], number] => [list, list.length]);
  return { states: new Map(graph.states), startAt: graph.startAt, catchers, names: new Set(graph.names), exits };
}

function restore(graph: Graph, snapshot: Snapshot): void {
  graph.states.clear();
  for (const [name, state] of snapshot.states) graph.states.set(name, state);
  graph.startAt = snapshot.startAt;
  // Names taken by the abandoned attempt are free again, so the second attempt reads the same.
  if (graph.names) {
    graph.names.clear();
    for (const name of snapshot.names) graph.names.add(name);
  }
  for (const [list, length] of snapshot.exits) list.length = length;
  for (const [catcher, length] of snapshot.catchers) {
    catcher.edges.length = length;
    catcher.inputs.length = length;
  }
}
