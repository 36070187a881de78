import type { AslDefinition } from "../types.js";
import type { State } from "./graph.js";

/**
 * Step Functions wants state names unique across the whole definition, Parallel branches and Map
 * processors included, but each nested graph is optimized alone: a copy a pass makes in one graph
 * (`note (5)`) may take a name another graph has. The later of two equal names is renamed, with
 * every transition of its own graph (transitions never leave a graph).
 */
export function uniqueNames(definition: AslDefinition): AslDefinition {
  return renameGraph(definition, new Set<string>());
}

function renameGraph(definition: AslDefinition, taken: Set<string>): AslDefinition {
  const renamed = new Map<string, string>();
  for (const name of Object.keys(definition.States)) {
    if (!taken.has(name)) {
      taken.add(name);
      continue;
    }
    const stem = name.replace(/ \(\d+\)$/, "");
    let n = 2;
    while (taken.has(`${stem} (${n})`) || `${stem} (${n})` in definition.States) n++;
    renamed.set(name, `${stem} (${n})`);
    taken.add(`${stem} (${n})`);
  }
  const to = (name: string) => renamed.get(name) ?? name;
  const states = Object.fromEntries(
    Object.entries(definition.States).map(([name, state]) => [to(name), nested(retargeted(state, to), taken)]),
  );
  return { ...definition, StartAt: to(definition.StartAt), States: states };
}

function retargeted(state: State, to: (name: string) => string): State {
  if (!renamesSomething(state, to)) return state;
  const next: State = { ...state };
  if (typeof state.Next === "string") next.Next = to(state.Next);
  if (typeof state.Default === "string") next.Default = to(state.Default);
  if (Array.isArray(state.Choices)) next.Choices = (state.Choices as { Next: string }[]).map((rule) => ({ ...rule, Next: to(rule.Next) }));
  if (Array.isArray(state.Catch)) next.Catch = (state.Catch as { Next: string }[]).map((catcher) => ({ ...catcher, Next: to(catcher.Next) }));
  return next;
}

function renamesSomething(state: State, to: (name: string) => string): boolean {
  const targets = [state.Next, state.Default, ...((state.Choices as { Next: string }[] | undefined) ?? []).map((r) => r.Next), ...((state.Catch as { Next: string }[] | undefined) ?? []).map((c) => c.Next)];
  return targets.some((target) => typeof target === "string" && to(target) !== target);
}

function nested(state: State, taken: Set<string>): State {
  const branches = state.Branches as AslDefinition[] | undefined;
  const processor = state.ItemProcessor as AslDefinition | undefined;
  if (branches) return { ...state, Branches: branches.map((branch) => renameGraph(branch, taken)) };
  if (processor) return { ...state, ItemProcessor: { ...processor, ...renameGraph(processor, taken) } };
  return state;
}
