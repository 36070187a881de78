import type { DistributedMapStmt, MapStmt, ParallelStmt, Stmt } from "../../ir/types.js";
import { forEachStmt, readsOf, readsInput } from "../../ir/walk.js";
import { addEndState, addFailableState, subGraph, type AslState, type Flow, type Graph } from "./builder.js";
import { lowerStatements } from "./statements.js";
import { retrier } from "./task.js";

/**
 * `parallel(...)` / `Promise.all([...])`: a Parallel state. Its Parameters give every branch an
 * object of variables holding only the outer variables some branch reads, each at the slot it has
 * outside, so paths agree; the variables a branch declares are its own (their ids are unique).
 */
export function lowerParallel(graph: Graph, stmt: ParallelStmt, flow: Flow): Flow {
  const state: AslState = { Type: "Parallel" };
  if (stmt.comment) state.Comment = stmt.comment;
  state.Branches = stmt.branches.map((body) => lowerBody(graph, body, true));
  state.Parameters = passVariables(graph, outerReads(stmt.branches.flat(), []), stmt.branches.flat());
  return addConcurrentState(graph, stmt, flow, state, "Parallel");
}

/**
 * `map(items, fn)` / `Promise.all(items.map(fn))`: an inline Map state. ItemSelector gives each
 * iteration an object of variables holding the item, the index when it is used, and only the
 * outer variables the callback reads, each at the slot it has outside, so paths agree.
 */
export function lowerMap(graph: Graph, stmt: MapStmt, flow: Flow): Flow {
  if (stmt.items.kind !== "read") throw new Error("a Map's items are always a read");
  const state: AslState = { Type: "Map" };
  if (stmt.comment) state.Comment = stmt.comment;
  state.ItemsPath = graph.resolve(stmt.items.root, stmt.items.path);
  state.ItemSelector = itemSelector(graph, stmt);
  const processor = lowerBody(graph, stmt.body, true);
  state.ItemProcessor = { ProcessorConfig: { Mode: "INLINE" }, ...processor };
  if (stmt.maxConcurrency) state.MaxConcurrency = stmt.maxConcurrency;
  return addConcurrentState(graph, stmt, flow, state, `Map ${stmt.label}`);
}

function itemSelector(graph: Graph, stmt: MapStmt): AslState {
  const { layout } = graph;
  const selector: AslState = {};
  if (layout.isRead(stmt.item)) selector[`${layout.slot(stmt.item)}.$`] = "$$.Map.Item.Value";
  if (stmt.index !== undefined && layout.isRead(stmt.index)) selector[`${layout.slot(stmt.index)}.$`] = "$$.Map.Item.Index";
  return { ...selector, ...passVariables(graph, outerReads(stmt.body, [stmt.item, stmt.index]), stmt.body) };
}

/**
 * Payload template entries that copy outer variables, whole slots, to the same slots inside; in a
 * Distributed Map's child also the slot of the workflow's input when `body` reads it.
 */
export function passVariables(graph: Graph, variables: readonly string[], body: readonly Stmt[]): AslState {
  const passed = variables.filter((variable) => !graph.child?.fromExecutionInput.has(variable)).map((variable) => graph.layout.slot(variable));
  const inputSlot = graph.child?.inputSlot;
  if (inputSlot !== undefined && readsInput(body)) passed.push(inputSlot);
  return Object.fromEntries(passed.map((slot) => [`${slot}.$`, `$.${slot}`]));
}

/** The variables a body reads but does not write itself: those it needs from outside, in first-read order. */
export function outerReads(body: readonly Stmt[], own: readonly (string | undefined)[]): string[] {
  const written = new Set<string>(own.filter((v): v is string => v !== undefined));
  const read: string[] = [];
  forEachStmt(body, (stmt) => {
    if ("variable" in stmt && stmt.variable !== undefined) written.add(stmt.variable);
    // A nested Map's item and index are its iterations' own.
    if (stmt.kind === "map") for (const own of [stmt.item, stmt.index]) if (own !== undefined) written.add(own);
    if (stmt.kind === "distributedMap") for (const own of [stmt.item, stmt.inputVariable]) written.add(own);
    // A try's caught error (and pending error) is written by its Catch, inside the body.
    if (stmt.kind === "try") for (const own of [stmt.catch?.variable, stmt.finally?.pendingError]) if (own !== undefined) written.add(own);
    for (const expr of readsOf(stmt)) if (expr.root.kind === "variable" && !read.includes(expr.root.id)) read.push(expr.root.id);
  });
  return read.filter((variable) => !written.has(variable));
}

/** A nested state machine whose output is what the body returns (null when it returns nothing, as JSON has no undefined). */
export function lowerBody(
  parent: Graph,
  body: readonly Stmt[],
  established: boolean,
  graph: Graph = subGraph(parent),
): { StartAt: string; States: Record<string, AslState> } {
  const end = lowerStatements(graph, body, { edges: [], established });
  if (end) addEndState(graph, end, "Return", { Type: "Pass", Result: null, End: true });
  return { StartAt: graph.startAt!, States: Object.fromEntries(graph.states) };
}

/** The result (the array of branch or iteration outputs) goes straight to its variable; an unused one is dropped. */
export function addConcurrentState(graph: Graph, stmt: ParallelStmt | MapStmt | DistributedMapStmt, flow: Flow, state: AslState, label: string): Flow {
  const variable = stmt.variable !== undefined && graph.layout.isRead(stmt.variable) ? stmt.variable : undefined;
  let established = flow.established;
  if (!variable) {
    state.ResultPath = null;
  } else {
    const slot = graph.layout.slot(variable);
    const key = graph.layout.wrapKey(variable);
    if (!flow.established) {
      // The first write turns the raw input into the object of variables.
      state.ResultSelector = key ? { [slot]: { [`${key}.$`]: "$" } } : { [`${slot}.$`]: "$" };
      state.ResultPath = "$";
    } else {
      if (key) state.ResultSelector = { [`${key}.$`]: "$" };
      state.ResultPath = `$.${slot}`;
    }
    established = true;
  }
  if (stmt.retry.length > 0) state.Retry = stmt.retry.map(retrier);
  const { next } = addFailableState(graph, flow, stmt.stateName ?? label, state);
  return { edges: [next], established };
}
