import type { AslDefinition } from "../types.js";
import type { State } from "./graph.js";

/**
 * Fail states that are the same (a `catch` that throws what a check inside the `try` also throws)
 * become one: every transition to a copy goes to the first, and removeUnreachable drops the copies.
 */
export function mergeFails(definition: AslDefinition): AslDefinition {
  const firstOf = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type !== "Fail") continue;
    const key = JSON.stringify(state);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, name);
    else renamed.set(name, first);
  }
  if (renamed.size === 0) return definition;
  const target = (name: unknown) => (typeof name === "string" ? (renamed.get(name) ?? name) : name);
  const states = Object.fromEntries(Object.entries(definition.States).map(([name, state]) => [name, redirect(state, target)]));
  return { ...definition, StartAt: target(definition.StartAt) as string, States: states };
}

/** The state with its transitions renamed by `target`. */
export function redirect(state: State, target: (name: unknown) => unknown): State {
  const copy: State = { ...state };
  if (copy.Next !== undefined) copy.Next = target(copy.Next);
  if (copy.Default !== undefined) copy.Default = target(copy.Default);
  if (Array.isArray(copy.Choices)) copy.Choices = (copy.Choices as Record<string, unknown>[]).map((rule) => ({ ...rule, Next: target(rule.Next) }));
  if (Array.isArray(copy.Catch)) copy.Catch = (copy.Catch as Record<string, unknown>[]).map((catcher) => ({ ...catcher, Next: target(catcher.Next) }));
  return copy;
}
