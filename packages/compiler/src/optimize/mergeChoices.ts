import type { AslDefinition } from "../types.js";
import { predecessorCounts, type State, type States } from "./graph.js";

type Rule = Record<string, unknown> & { Next: string };

/**
 * A Choice that leads only into another Choice costs a transition for nothing: one Choice holds
 * both. An `else if` chain (or a switch in an else branch) is a Choice whose Default is the next
 * Choice: its rules are appended. An `if` nested as the whole of a then-branch is a rule whose
 * Next is a Choice: the rule becomes the inner rules, each under the outer test, then the outer
 * test alone leading to the inner Default. Choices pass their input on unchanged, so the inner
 * rules read the same data in the outer state.
 */
export function mergeChoices(definition: AslDefinition): AslDefinition {
  const states: States = { ...definition.States };
  for (;;) {
    const counts = predecessorCounts({ ...definition, States: states });
    const mergeable = (name: unknown, from: string): name is string =>
      typeof name === "string" && name !== from && counts.get(name) === 1 && isPlainChoice(states[name]);
    // An inner Choice without Default fails when nothing matches: it stays a state of its own.
    // Merging copies the outer test into every inner rule; the copies are bounded so that nested
    // ifs do not grow the definition quadratically (a transition saved is not worth that).
    const mergeableRule = (name: string, from: string, test: Rule) =>
      mergeable(name, from) && states[name].Default !== undefined && copiedBytes(test, states[name]) <= MAX_COPIED_TEST_BYTES;
    const step = Object.entries(states).find(([name, state]) => {
      if (!isPlainChoice(state)) return false;
      return mergeable(state.Default, name) || (state.Choices as Rule[]).some((rule) => mergeableRule(rule.Next, name, rule));
    });
    if (!step) break;
    const [name, state] = step;
    if (mergeable(state.Default, name)) {
      const next = states[state.Default as string];
      const merged: State = { ...state, Choices: [...(state.Choices as Rule[]), ...(next.Choices as Rule[])] };
      delete merged.Default;
      if (next.Default !== undefined) merged.Default = next.Default;
      delete states[state.Default as string];
      states[name] = withoutRedundantRules(merged);
      continue;
    }
    const rules = state.Choices as Rule[];
    const index = rules.findIndex((rule) => mergeableRule(rule.Next, name, rule));
    const inner = states[rules[index].Next];
    const { Next: _next, ...test } = rules[index];
    const nested: Rule[] = (inner.Choices as Rule[]).map(({ Next, ...innerTest }) => ({ And: [structuredClone(test), innerTest], Next }));
    nested.push({ ...structuredClone(test), Next: inner.Default as string });
    states[name] = withoutRedundantRules({ ...state, Choices: [...rules.slice(0, index), ...nested, ...rules.slice(index + 1)] });
    delete states[rules[index].Next];
  }
  return { ...definition, States: states };
}

/** At most this much of an outer test is copied into inner rules by one merge. */
const MAX_COPIED_TEST_BYTES = 1024;

/** How many bytes of the outer rule's test a merge into `inner` would copy. */
function copiedBytes(rule: Rule, inner: State): number {
  const { Next: _next, ...test } = rule;
  return JSON.stringify(test).length * ((inner.Choices as Rule[]).length + 1);
}

/**
 * A last rule that leads where Default leads decides nothing: without it the input falls through
 * to Default all the same. (Only at the end: an earlier one keeps later rules from matching.)
 */
export function withoutRedundantRules(state: State): State {
  const rules = [...(state.Choices as Rule[])];
  while (rules.length > 1 && state.Default !== undefined && rules[rules.length - 1].Next === state.Default) rules.pop();
  return rules.length === (state.Choices as Rule[]).length ? state : { ...state, Choices: rules };
}

/** A Choice that only chooses (no InputPath or OutputPath changes what the next state sees). */
function isPlainChoice(state: State | undefined): state is State {
  return state?.Type === "Choice" && state.InputPath === undefined && state.OutputPath === undefined;
}
