/**
 * The state machine as a picture: Mermaid `stateDiagram-v2` (rendered by GitHub and most editors)
 * or Graphviz dot. Choice edges carry the TypeScript condition (from the source map), Parallel
 * branches and Map iterations are composite states, Catch edges name their errors and Retry is
 * noted on its state.
 */
import type { SourceMap } from "./sourceMap.js";
import type { AslDefinition } from "../types.js";

export type GraphFormat = "mermaid" | "dot";

type State = Record<string, unknown>;
type Machine = { StartAt: string; States: Record<string, State> };

interface Edge {
  from: string;
  to: string;
  label?: string;
  kind: "next" | "choice" | "default" | "catch";
}

/** One state machine level: its states, their edges, and the nested machines of its composite states. */
interface Level {
  start: string;
  states: [string, State][];
  edges: Edge[];
  /** Composite states: their nested machines (a Parallel has one per branch). */
  nested: Map<string, Level[]>;
  /** States that end the level (End, Succeed, Fail). */
  ends: string[];
}

export function renderGraph(definition: AslDefinition, map: SourceMap | undefined, format: GraphFormat): string {
  const level = levelOf(definition as Machine, map);
  return format === "mermaid" ? mermaid(level) : dot(level);
}

function levelOf(machine: Machine, map: SourceMap | undefined): Level {
  const states = Object.entries(machine.States);
  const edges: Edge[] = [];
  const nested = new Map<string, Level[]>();
  const ends: string[] = [];
  for (const [name, state] of states) {
    if (typeof state.Next === "string") edges.push({ from: name, to: state.Next, kind: "next" });
    if (state.End === true || state.Type === "Succeed" || state.Type === "Fail") ends.push(name);
    if (state.Type === "Choice") {
      const conditions = map?.states[name]?.conditions ?? [];
      ((state.Choices as State[] | undefined) ?? []).forEach((rule, index) => {
        edges.push({ from: name, to: String(rule.Next), label: conditions[index] ?? describeRule(rule), kind: "choice" });
      });
      if (typeof state.Default === "string") edges.push({ from: name, to: state.Default, label: "else", kind: "default" });
    }
    for (const catcher of (state.Catch as State[] | undefined) ?? []) {
      edges.push({ from: name, to: String(catcher.Next), label: `catch ${(catcher.ErrorEquals as string[]).join(", ")}`, kind: "catch" });
    }
    const branches = state.Branches as Machine[] | undefined;
    const processor = (state.ItemProcessor ?? state.Iterator) as Machine | undefined;
    if (branches) nested.set(name, branches.map((branch) => levelOf(branch, map)));
    else if (processor) nested.set(name, [levelOf(processor, map)]);
  }
  return { start: machine.StartAt, states, edges, nested, ends };
}

/** What a state's Retry does, in one line: `retry States.TaskFailed ×3`. */
function retryNote(state: State): string | undefined {
  const retriers = state.Retry as State[] | undefined;
  if (!retriers?.length) return undefined;
  return retriers
    .map((retrier) => {
      const errors = retrier.ErrorEquals as string[];
      const named = errors.length > 2 ? `${errors[0]} and ${errors.length - 1} more` : errors.join(", ");
      return `retry ${named} ×${retrier.MaxAttempts ?? 3}`;
    })
    .join("; ");
}

/** A Choice rule the source map has no TypeScript text for (the optimizer combined it), as ASL reads it. */
export function describeRule(rule: State): string {
  if (Array.isArray(rule.And)) return (rule.And as State[]).map((r) => wrap(describeRule(r))).join(" && ");
  if (Array.isArray(rule.Or)) return (rule.Or as State[]).map((r) => wrap(describeRule(r))).join(" || ");
  if (rule.Not) return `!${wrap(describeRule(rule.Not as State))}`;
  const variable = String(rule.Variable);
  const [operator, value] = Object.entries(rule).find(([key]) => key !== "Variable" && key !== "Next") ?? ["", undefined];
  const symbol = OPERATORS.find(([suffix]) => operator.replace(/Path$/, "").endsWith(suffix))?.[1];
  if (operator.startsWith("Is")) return `${operator}(${variable}) === ${String(value)}`;
  const right = operator.endsWith("Path") ? String(value) : JSON.stringify(value);
  return `${variable} ${symbol ?? operator} ${right}`;
}

const OPERATORS: [string, string][] = [
  ["LessThanEquals", "<="],
  ["GreaterThanEquals", ">="],
  ["LessThan", "<"],
  ["GreaterThan", ">"],
  ["Equals", "==="],
  ["Matches", "matches"],
];

/** Parentheses around an operand that has spaces in it, unless a `!(…)` already groups it. */
function wrap(text: string): string {
  return /\s/.test(text) && !/^!\(.*\)$/.test(text) ? `(${text})` : text;
}

// ---- Mermaid -------------------------------------------------------------------------------

function mermaid(top: Level): string {
  const ids = newIds();
  const lines = ["stateDiagram-v2"];
  mermaidLevel(top, ids, "  ", lines);
  return `${lines.join("\n")}\n`;
}

function mermaidLevel(level: Level, ids: Ids, indent: string, lines: string[]): void {
  lines.push(`${indent}[*] --> ${ids.of(level.start)}`);
  for (const [name, state] of level.states) {
    const id = ids.of(name);
    const nested = level.nested.get(name);
    lines.push(`${indent}state "${mermaidText(name)}" as ${id}`);
    if (nested) {
      // The description and the composite body are two statements: `state "…" as id {` is not Mermaid.
      lines.push(`${indent}state ${id} {`);
      nested.forEach((inner, index) => {
        if (index > 0) lines.push(`${indent}  --`);
        mermaidLevel(inner, ids, `${indent}  `, lines);
      });
      lines.push(`${indent}}`);
    }
    const note = retryNote(state);
    if (note) lines.push(`${indent}${id} : ${mermaidText(note)}`);
  }
  for (const edge of level.edges) {
    lines.push(`${indent}${ids.of(edge.from)} --> ${ids.of(edge.to)}${edge.label ? ` : ${mermaidText(edge.label)}` : ""}`);
  }
  for (const end of level.ends) lines.push(`${indent}${ids.of(end)} --> [*]`);
}

/** Mermaid reads `"`, `;`, `:`, `{`, `}`, `<`, `>` and `#` as syntax: entity codes keep them text. */
function mermaidText(text: string): string {
  return text.replace(/[#";:{}<>]/g, (c) => `#${c.charCodeAt(0)};`);
}

// ---- Graphviz dot --------------------------------------------------------------------------

function dot(top: Level): string {
  const ids = newIds();
  const lines = ["digraph stateMachine {", "  node [shape=box, style=rounded, fontname=Helvetica];", "  edge [fontname=Helvetica, fontsize=10];"];
  lines.push(`  start [shape=circle, style=filled, fillcolor=black, label="", width=0.2];`);
  lines.push(`  end [shape=doublecircle, style=filled, fillcolor=black, label="", width=0.15];`);
  dotLevel(top, ids, "  ", lines, "start", "end");
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function dotLevel(level: Level, ids: Ids, indent: string, lines: string[], start: string, end: string): void {
  lines.push(`${indent}${start} -> ${ids.of(level.start)};`);
  for (const [name, state] of level.states) {
    const id = ids.of(name);
    const note = retryNote(state);
    const label = note ? `${dotText(name)}\\n${dotText(note)}` : dotText(name);
    const shape = state.Type === "Choice" ? "diamond" : state.Type === "Fail" ? "octagon" : "box";
    lines.push(`${indent}${id} [label="${label}", shape=${shape}];`);
    level.nested.get(name)?.forEach((inner, index) => {
      const cluster = `cluster_${id}_${index}`;
      lines.push(`${indent}subgraph ${cluster} {`);
      lines.push(`${indent}  label="${dotText(`${name}${level.nested.get(name)!.length > 1 ? ` branch ${index + 1}` : " iteration"}`)}"; style=dashed;`);
      const innerStart = `${id}_start_${index}`;
      const innerEnd = `${id}_end_${index}`;
      lines.push(`${indent}  ${innerStart} [shape=point]; ${innerEnd} [shape=point];`);
      dotLevel(inner, ids, `${indent}  `, lines, innerStart, innerEnd);
      lines.push(`${indent}}`);
      lines.push(`${indent}${id} -> ${innerStart} [style=dashed, arrowhead=none];`);
    });
  }
  for (const edge of level.edges) {
    const attributes = [edge.label ? `label="${dotText(edge.label)}"` : "", edge.kind === "catch" ? "style=dashed, color=red" : ""].filter(Boolean);
    lines.push(`${indent}${ids.of(edge.from)} -> ${ids.of(edge.to)}${attributes.length ? ` [${attributes.join(", ")}]` : ""};`);
  }
  for (const name of level.ends) lines.push(`${indent}${ids.of(name)} -> ${end};`);
}

function dotText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

/** Short stable identifiers (`s0`, `s1`, …) in order of first use: state names hold spaces and punctuation. */
interface Ids {
  of(name: string): string;
}

function newIds(): Ids {
  const known = new Map<string, string>();
  return {
    of(name) {
      let id = known.get(name);
      if (!id) known.set(name, (id = `s${known.size}`));
      return id;
    },
  };
}
