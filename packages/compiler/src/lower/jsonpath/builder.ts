import type { SourceLocation } from "../../diagnostics/report.js";
import type { Layout } from "./layout.js";
import type { PathResolver } from "./template.js";

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
  /** The flows that `break` statements leave from, by the statement they leave (a switch's id). */
  breaks?: Map<string, Flow[]>;
}

const MAX_STATE_NAME = 80;

/** A readable, unique state name from a label. */
export function stateName(graph: Graph, label: string): string {
  const cleaned = label.replace(/[\u0000-\u001f"$\\`{}[\]]/g, "").replace(/\s+/g, " ").trim() || "State";
  const base = cleaned.length > MAX_STATE_NAME ? `${cleaned.slice(0, MAX_STATE_NAME - 1)}…` : cleaned;
  if (!graph.states.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_STATE_NAME - suffix.length) + suffix;
    if (!graph.states.has(name)) return name;
  }
}

/** Adds a state that control reaches from `flow`; returns the edge for its own `Next`. */
export function addState(graph: Graph, flow: Flow, label: string, state: AslState): { name: string; next: Edge } {
  const name = stateName(graph, label);
  graph.states.set(name, state);
  if (graph.startAt === undefined) graph.startAt = name;
  for (const edge of flow.edges) edge(name);
  return { name, next: (target) => void (state.Next = target) };
}

/** Adds a state that ends the execution. */
export function addEndState(graph: Graph, flow: Flow, label: string, state: AslState): string {
  const name = stateName(graph, label);
  graph.states.set(name, state);
  if (graph.startAt === undefined) graph.startAt = name;
  for (const edge of flow.edges) edge(name);
  return name;
}
