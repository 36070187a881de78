import { CompileError, diagnosticAt, type SourceLocation } from "../../diagnostics/report.js";
import type { Layout } from "./layout.js";
import type { PathResolver } from "./template.js";
import { attachCatchers, type CatchScope, type FinallyFrame } from "./catchers.js";
import { tagOrigin, type StateOrigin } from "../origins.js";

export type AslState = Record<string, unknown>;

/** A transition still waiting for its target: a `Next`, a Choice rule's `Next`, or a `Default`. */
export type Edge = (target: string) => void;

/**
 * Where control is after a statement: the transitions that lead on, and whether the state's
 * data has become the object of variables yet (until then it is the raw execution input).
 * `undefined` means control never gets here (after return or throw).
 */
export interface Flow {
  edges: Edge[];
  established: boolean;
}

/** The states of one state machine (or branch) under construction, in the order they were made. */
export interface Graph {
  states: Map<string, AslState>;
  startAt?: string;
  /** Set when the graph has no states yet and the first one becomes StartAt. */
  readonly layout: Layout;
  readonly resolve: PathResolver;
  /** Where the statement being lowered is, for errors raised while lowering it. */
  at?: SourceLocation;
  /** The statement being lowered, which the states made now come from (see origins.ts). */
  origin?: StateOrigin;
  /** The loops around the statement being lowered, innermost last. */
  loops?: LoopFrame[];
  /**
   * State names used anywhere in the state machine, shared with the graphs of Parallel branches
   * and Map processors: Step Functions wants names unique across the whole definition.
   */
  readonly names?: Set<string>;
  /** The names the user gave (`name` options): used exactly, so the names the compiler derives avoid them. */
  readonly reserved?: ReadonlySet<string>;
  /** The catch scopes of the enclosing `try` statements, innermost last (see catchers.ts). */
  catchScopes?: CatchScope[];
  /** The finally blocks an early exit runs first, innermost last. */
  finallyFrames?: FinallyFrame[];
  /** The flows that `break` statements leave from, by the statement they leave (a switch's id). */
  breaks?: Map<string, BreakTarget>;
  /** Inside a Distributed Map's child: how the child sees what the parent passed it (see distributedMap.ts). */
  readonly child?: ChildExecution;
}

/**
 * A Distributed Map's child is an execution of its own. Unbatched, the workflow's input reaches
 * it in the slot `inputSlot`; batched, `fromExecutionInput` variables are read from the child's
 * own `$$.Execution.Input`. Branches and iterations nested in the child pass the first on and
 * never the second.
 */
export interface ChildExecution {
  inputSlot?: string;
  fromExecutionInput: ReadonlySet<string>;
}

/**
 * What `break` leaves (a loop or a switch): the flows that leave it, collected while its body is
 * lowered, and how many finally blocks were open at its start (those opened since run first).
 */
export interface BreakTarget {
  breaks: Flow[];
  finallyDepth: number;
}

/** A loop: `continue` flows go on with its update and test. */
export interface LoopFrame extends BreakTarget {
  continues: Flow[];
}

/** A graph for a Parallel branch or a Map processor: its own states, the machine's names and layout. */
export function subGraph(parent: Graph, resolve: PathResolver = parent.resolve): Graph {
  return { states: new Map(), layout: parent.layout, resolve, names: parent.names, reserved: parent.reserved, child: parent.child, origin: parent.origin };
}

const MAX_STATE_NAME = 80;

/** What names a state: a label the compiler makes a readable name of, or a name the user gave, used exactly. */
export type StateLabel = string | { exact: string; at: SourceLocation };

/** The label of a state the user may have named (`{ name }` in the options), else `derived`. */
export function labelFor(options: { stateName?: string; stateNameAt?: SourceLocation }, derived: string): StateLabel {
  if (options.stateName === undefined) return derived;
  return options.stateNameAt ? { exact: options.stateName, at: options.stateNameAt } : options.stateName;
}

/** A readable, unique state name from a label; a user's name exactly, or a coded error when it is taken. */
export function stateName(graph: Graph, label: StateLabel): string {
  const taken = (name: string) => graph.states.has(name) || (graph.names?.has(name) ?? false);
  if (typeof label !== "string") {
    if (taken(label.exact)) {
      throw new CompileError(diagnosticAt(label.at, "duplicateStateName", { name: label.exact }));
    }
    graph.names?.add(label.exact);
    return label.exact;
  }
  const cleaned = label.replace(/[\u0000-\u001f"$\\`{}[\]]/g, "").replace(/\s+/g, " ").trim() || "State";
  const base = cleaned.length > MAX_STATE_NAME ? `${cleaned.slice(0, MAX_STATE_NAME - 1)}…` : cleaned;
  const unavailable = (name: string) => taken(name) || (graph.reserved?.has(name) ?? false);
  let name = base;
  for (let n = 2; unavailable(name); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_STATE_NAME - suffix.length) + suffix;
  }
  graph.names?.add(name);
  return name;
}

/** Adds a state that control reaches from `flow`; returns the edge for its own `Next`. */
export function addState(graph: Graph, flow: Flow, label: StateLabel, state: AslState): { name: string; next: Edge } {
  const name = stateName(graph, label);
  attachCatchers(graph, flow, state);
  tagOrigin(state, graph.origin);
  graph.states.set(name, state);
  if (graph.startAt === undefined) graph.startAt = name;
  for (const edge of flow.edges) edge(name);
  return { name, next: (target) => void (state.Next = target) };
}

/**
 * Adds a state that can fail (Task, Parallel, Map): the one place where an enclosing try/catch
 * attaches its Catch.
 */
export function addFailableState(graph: Graph, flow: Flow, label: StateLabel, state: AslState): { name: string; next: Edge } {
  return addState(graph, flow, label, state);
}

/** Adds a state that ends the execution. */
export function addEndState(graph: Graph, flow: Flow, label: StateLabel, state: AslState): string {
  const name = stateName(graph, label);
  attachCatchers(graph, flow, state);
  tagOrigin(state, graph.origin);
  graph.states.set(name, state);
  if (graph.startAt === undefined) graph.startAt = name;
  for (const edge of flow.edges) edge(name);
  return name;
}
