import type { AslDefinition } from "../types.js";
import { redirect } from "./mergeFails.js";

/** States that only move data or end the execution: two equal ones do the same thing, wherever they are. */
const SHAREABLE = new Set(["Pass", "Succeed", "Fail"]);

/**
 * Equal tails become one: when several paths end the same way (each inlined copy of a helper
 * followed by the same throw, the same return), the equal states, from the end backwards,
 * are kept once and every transition to a copy goes to the first. Equal means the same
 * definition, `Next` included, so a shared state goes on exactly where each copy went.
 */
export function shareTails(definition: AslDefinition): AslDefinition {
  let current = definition;
  for (;;) {
    const renamed = equalStates(current);
    if (renamed.size === 0) return current;
    const target = (name: unknown) => (typeof name === "string" ? (renamed.get(name) ?? name) : name);
    const states = Object.fromEntries(
      Object.entries(current.States)
        .filter(([name]) => !renamed.has(name))
        .map(([name, state]) => [name, redirect(state, target)]),
    );
    current = { ...current, StartAt: target(current.StartAt) as string, States: states };
  }
}

function equalStates(definition: AslDefinition): Map<string, string> {
  const firstOf = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const [name, state] of Object.entries(definition.States)) {
    if (!SHAREABLE.has(state.Type as string)) continue;
    const key = JSON.stringify(state);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, name);
    else renamed.set(name, first);
  }
  return renamed;
}
