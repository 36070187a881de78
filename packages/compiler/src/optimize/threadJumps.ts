import type { AslDefinition } from "../types.js";
import { predecessorCounts, type State, type States } from "./graph.js";
import { factsOnEntry, isSimplePath, outgoing, type Fact, type Facts } from "./knownValues.js";

const MAX_ROUNDS = 20;

/**
 * Jump threading: a transition into a Choice whose outcome is already known on that transition
 * goes straight to where the Choice would send it. What is known comes from the literals states
 * write (`let chargeId = ""` before a `try`: a failure of the first step need not test whether
 * there is a charge to refund). When a state with one successor leads to such a Choice from
 * several places and only some of them know the outcome, the state is copied for those, so the
 * known path skips the Choice (a `finally` block's task before a rethrow, say).
 */
export function threadJumps(definition: AslDefinition): AslDefinition {
  let current = definition;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = threadOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function threadOnce(definition: AslDefinition): AslDefinition {
  const entry = factsOnEntry(definition);
  const counts = predecessorCounts(definition);
  const states: Record<string, State> = { ...definition.States };
  for (const [name, state] of Object.entries(definition.States)) {
    const facts = entry.get(name);
    if (!facts) continue;
    for (const [index, edge] of outgoing(state, facts).entries()) {
      const decided = decidedTarget(definition.States, edge.target, edge.facts);
      if (decided !== undefined) return { ...definition, States: { ...states, [name]: retarget(state, index, decided) } };
      const copied = copyTowardsDecision(definition.States, edge.target, edge.facts);
      if (copied && counts.get(edge.target) === 1) return { ...definition, States: { ...states, [edge.target]: copied } };
      if (copied) {
        const copyName = uniqueName(states, edge.target);
        return { ...definition, States: { ...states, [name]: retarget(state, index, copyName), [copyName]: copied } };
      }
    }
  }
  return definition;
}

/** Where a Choice sends data with these facts, following Choices that lead to Choices; undefined when not known. */
function decidedTarget(states: States, target: string, facts: Facts): string | undefined {
  let at = target;
  const seen = new Set<string>();
  for (;;) {
    const state = states[at];
    if (!state || state.Type !== "Choice" || seen.has(at)) break;
    seen.add(at);
    const next = choose(state, facts);
    if (next === undefined) break;
    at = next;
  }
  return at === target ? undefined : at;
}

/**
 * The copy of `target` (a Pass, Wait or Task with one successor) whose successor is a Choice
 * these facts decide, pointing where the Choice would go; undefined when there is none. The copy
 * replaces the state when nothing else leads to it.
 */
function copyTowardsDecision(states: States, target: string, facts: Facts): State | undefined {
  const state = states[target];
  if (!state || !["Pass", "Wait", "Task"].includes(state.Type as string) || typeof state.Next !== "string") return undefined;
  const [normal] = outgoing({ ...state, Catch: undefined }, facts);
  if (!normal) return undefined;
  const decided = decidedTarget(states, state.Next, normal.facts);
  return decided === undefined ? undefined : { ...state, Next: decided };
}

/** The state with its `index`th outgoing transition (in the order of `outgoing`) sent to `target`. */
function retarget(state: State, index: number, target: string): State {
  if (state.Type === "Choice") {
    const rules = (state.Choices as { Next: string }[] | undefined) ?? [];
    if (index < rules.length) return { ...state, Choices: rules.map((rule, i) => (i === index ? { ...rule, Next: target } : rule)) };
    return { ...state, Default: target };
  }
  const catchers = (state.Catch as { Next: string }[] | undefined) ?? [];
  const offset = typeof state.Next === "string" ? 1 : 0;
  if (index < offset) return { ...state, Next: target };
  return { ...state, Catch: catchers.map((catcher, i) => (i === index - offset ? { ...catcher, Next: target } : catcher)) };
}

function uniqueName(states: States, base: string): string {
  const stem = base.replace(/ \(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const name = `${stem} (${n})`;
    if (!(name in states)) return name;
  }
}

/** The Choice's target for data with these facts: the first rule that holds, all before it known not to; undefined when unknown. */
function choose(state: State, facts: Facts): string | undefined {
  for (const rule of (state.Choices as (Rule & { Next: string })[] | undefined) ?? []) {
    const holds = evaluate(rule, facts);
    if (holds === undefined) return undefined;
    if (holds) return rule.Next;
  }
  // No rule holds: the Default, or States.NoChoiceMatched, which is left to the Choice to raise.
  return typeof state.Default === "string" ? state.Default : undefined;
}

type Rule = Record<string, unknown>;

/** Three-valued: true, false, or undefined when the facts do not tell. */
function evaluate(rule: Rule, facts: Facts): boolean | undefined {
  if (Array.isArray(rule.And)) return all((rule.And as Rule[]).map((r) => evaluate(r, facts)));
  if (Array.isArray(rule.Or)) return negate(all((rule.Or as Rule[]).map((r) => negate(evaluate(r, facts)))));
  if (rule.Not !== undefined) return negate(evaluate(rule.Not as Rule, facts));
  if (!isSimplePath(rule.Variable)) return undefined;
  const fact = facts.get(rule.Variable);
  if (!fact) return undefined;
  if (rule.IsPresent !== undefined) return rule.IsPresent === true;
  return "value" in fact ? compare(rule, fact) : undefined;
}

function all(values: (boolean | undefined)[]): boolean | undefined {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function negate(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value;
}

/** A comparison against a literal on a known value; a value of another type never matches. */
function compare(rule: Rule, fact: Extract<Fact, { value: unknown }>): boolean | undefined {
  const value = fact.value;
  const number = typeof value === "number";
  const operators: Record<string, (operand: unknown) => boolean> = {
    StringEquals: (o) => value === o,
    BooleanEquals: (o) => value === o,
    NumericEquals: (o) => number && value === o,
    NumericLessThan: (o) => number && value < (o as number),
    NumericLessThanEquals: (o) => number && value <= (o as number),
    NumericGreaterThan: (o) => number && value > (o as number),
    NumericGreaterThanEquals: (o) => number && value >= (o as number),
    IsNull: (o) => (value === null) === o,
    IsString: (o) => (typeof value === "string") === o,
    IsNumeric: (o) => number === o,
    IsBoolean: (o) => (typeof value === "boolean") === o,
  };
  for (const [operator, test] of Object.entries(operators)) if (operator in rule) return test(rule[operator]);
  return undefined;
}
