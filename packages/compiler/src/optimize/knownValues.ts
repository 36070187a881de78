import type { AslDefinition } from "../types.js";
import type { State } from "./graph.js";

/**
 * What is known of a path of the data where a state is entered: its value (a literal some Pass
 * or ResultSelector wrote), or only that it is present (something wrote it, value unknown).
 */
export type Fact = { value: unknown } | { present: true };

/** Facts by simple path (`$.a.b`); a path without a fact is unknown. */
export type Facts = ReadonlyMap<string, Fact>;

/** Paths whose facts are tracked: `$` and dot-separated names, nothing indexed or quoted. */
const SIMPLE_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function isSimplePath(path: unknown): path is string {
  return typeof path === "string" && SIMPLE_PATH.test(path);
}

/** An outgoing transition of a state and the facts that hold when it is taken. */
export interface Edge {
  target: string;
  facts: Facts;
}

/**
 * The facts on entry to each state that is reached: a forward dataflow over the graph whose
 * meet is agreement (a fact holds on entry if it holds on every transition into the state).
 * Nothing is known of the execution's input.
 */
export function factsOnEntry(definition: AslDefinition): Map<string, Facts> {
  const entry = new Map<string, Facts>([[definition.StartAt, new Map()]]);
  const pending = [definition.StartAt];
  while (pending.length > 0) {
    const name = pending.shift()!;
    const state = definition.States[name];
    const facts = entry.get(name);
    if (!state || !facts) continue;
    for (const edge of outgoing(state, facts)) {
      const before = entry.get(edge.target);
      const after = before ? agreement(before, edge.facts) : edge.facts;
      if (!before || !sameFacts(before, after)) {
        entry.set(edge.target, after);
        if (!pending.includes(edge.target)) pending.push(edge.target);
      }
    }
  }
  return entry;
}

/** The transitions a state entered with `facts` can take, each with the facts it carries. */
export function outgoing(state: State, facts: Facts): Edge[] {
  const edges: Edge[] = [];
  if (state.Type === "Choice") {
    for (const rule of (state.Choices as { Next: string }[] | undefined) ?? []) edges.push({ target: rule.Next, facts });
    if (typeof state.Default === "string") edges.push({ target: state.Default, facts });
    return edges;
  }
  if (typeof state.Next === "string") edges.push({ target: state.Next, facts: afterState(state, facts) });
  for (const catcher of (state.Catch as { Next: string; ResultPath?: unknown }[] | undefined) ?? []) {
    // A caught error leaves the state's input, with the error output at the catcher's ResultPath.
    const errorOutput = new Map<string, Fact>([["$", { present: true }], ["$.Error", { present: true }]]);
    edges.push({ target: catcher.Next, facts: written(facts, catcher.ResultPath, errorOutput) });
  }
  return edges;
}

/** The facts once a (non-Choice) state completes normally. */
function afterState(state: State, facts: Facts): Facts {
  if (state.InputPath !== undefined || state.OutputPath !== undefined) return new Map();
  switch (state.Type) {
    case "Pass":
      if (state.Parameters !== undefined) return written(facts, state.ResultPath, templateFacts(state.Parameters, facts));
      return written(facts, state.ResultPath, literalFacts(state.Result ?? {}));
    case "Wait":
      return facts;
    case "Task":
    case "Parallel":
    case "Map": {
      // The result is unknown; only the literal parts of a ResultSelector are.
      const result = state.ResultSelector !== undefined ? templateFacts(state.ResultSelector, new Map()) : new Map([["$", { present: true } as Fact]]);
      return written(facts, state.ResultPath, result);
    }
    default:
      return new Map();
  }
}

/**
 * The facts after a value whose own facts are `value` (paths relative to `$`) is written at
 * `resultPath` (ASL: absent means `$`, null keeps the input).
 */
function written(facts: Facts, resultPath: unknown, value: Facts): Facts {
  if (resultPath === null) return facts;
  const at = resultPath === undefined ? "$" : resultPath;
  if (!isSimplePath(at)) return new Map();
  const kept = new Map<string, Fact>();
  for (const [path, fact] of facts) {
    if (path === at || path.startsWith(`${at}.`)) continue;
    // An enclosing object's value changed, but it is still there.
    if (at.startsWith(`${path}.`)) kept.set(path, { present: true });
    else kept.set(path, fact);
  }
  for (const [path, fact] of value) kept.set(at + path.slice(1), fact);
  return kept;
}

/** The facts of a literal value and of each of its fields, relative to `$`. */
function literalFacts(value: unknown, at = "$", into = new Map<string, Fact>()): Map<string, Fact> {
  into.set(at, { value });
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) literalFacts(field, `${at}.${key}`, into);
  }
  return into;
}

/**
 * The facts of what a payload template (Parameters, ResultSelector) builds: its literal fields
 * are known, a field copied from a path whose value is known in `input` is known, any other
 * computed field is present (a path that does not resolve fails the state instead).
 */
function templateFacts(template: unknown, input: Facts, at = "$", into = new Map<string, Fact>()): Map<string, Fact> {
  if (template === null || typeof template !== "object" || Array.isArray(template)) return literalFacts(template, at, into);
  into.set(at, { present: true });
  for (const [key, field] of Object.entries(template)) {
    if (key.endsWith(".$")) {
      const name = key.slice(0, -2);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const copied = isSimplePath(field) ? input.get(field) : undefined;
      if (copied && "value" in copied) literalFacts(copied.value, `${at}.${name}`, into);
      else into.set(`${at}.${name}`, { present: true });
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      templateFacts(field, input, `${at}.${key}`, into);
    }
  }
  return into;
}

/** The facts two sets agree on; a value known on one side and only present on the other is present. */
function agreement(a: Facts, b: Facts): Facts {
  const common = new Map<string, Fact>();
  for (const [path, fact] of a) {
    const other = b.get(path);
    if (!other) continue;
    if ("value" in fact && "value" in other && sameJson(fact.value, other.value)) common.set(path, fact);
    else common.set(path, { present: true });
  }
  return common;
}

function sameFacts(a: Facts, b: Facts): boolean {
  if (a.size !== b.size) return false;
  for (const [path, fact] of a) {
    const other = b.get(path);
    if (!other || "value" in fact !== "value" in other) return false;
    if ("value" in fact && "value" in other && !sameJson(fact.value, other.value)) return false;
  }
  return true;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
