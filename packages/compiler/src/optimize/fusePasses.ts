import type { AslDefinition } from "../types.js";
import { predecessorCounts, type State } from "./graph.js";

type JsonObject = { [key: string]: unknown };

/**
 * A state that sets the whole data followed by a Pass that only adds one top-level variable
 * without reading the data folds into one state: `let reservationId = ""; let chargeId = "";`
 * at the start costs one transition, not two. The first may be a Pass (`Result` or `Parameters`
 * object) or a Task, Parallel or Map whose ResultSelector builds the whole data (`ResultPath: "$"`);
 * there only a literal is added, as ResultSelector reads the result, not the data.
 */
export function fusePasses(definition: AslDefinition): AslDefinition {
  let states = { ...definition.States };
  for (;;) {
    const counts = predecessorCounts({ ...definition, States: states });
    const pair = Object.entries(states).find(
      ([, first]) =>
        typeof first.Next === "string" &&
        ((setsWholeData(first) && canFuse(states[first.Next], counts.get(first.Next))) ||
          (selectsWholeData(first) && canFuse(states[first.Next], counts.get(first.Next)) && states[first.Next].Result !== undefined)),
    );
    if (!pair) return { ...definition, States: states };
    const [name, first] = pair;
    const secondName = first.Next as string;
    const second = states[secondName];
    states = { ...states, [name]: fuse(first, second) };
    delete states[secondName];
  }
}

function setsWholeData(state: State | undefined): boolean {
  if (!state || state.Type !== "Pass" || state.InputPath !== undefined || state.ResultPath !== undefined || state.OutputPath !== undefined) return false;
  const value = state.Result ?? state.Parameters;
  return (state.Result === undefined) !== (state.Parameters === undefined) && isObject(value);
}

function selectsWholeData(state: State): boolean {
  return ["Task", "Parallel", "Map"].includes(state.Type as string) && state.ResultPath === "$" && state.OutputPath === undefined && isObject(state.ResultSelector);
}

function canFuse(state: State | undefined, predecessors: number | undefined): boolean {
  if (!state || state.Type !== "Pass" || predecessors !== 1) return false;
  if (state.InputPath !== undefined || state.OutputPath !== undefined) return false;
  if (typeof state.ResultPath !== "string" || !/^\$\.[A-Za-z_][A-Za-z0-9_]*$/.test(state.ResultPath)) return false;
  // asl-validator rejects a null inside an array in Parameters, where a Result may end up.
  if (state.Result !== undefined) return !hasNullInArray(state.Result);
  return isObject(state.Parameters) && !readsData(state.Parameters);
}

/** Whether a payload template reads the state's data (`$…`) rather than only the context (`$$…`) and literals. */
function readsData(template: unknown): boolean {
  if (!isObject(template)) return Array.isArray(template) && template.some(readsData);
  return Object.entries(template).some(([key, value]) =>
    key.endsWith(".$") && typeof value === "string" ? value.replaceAll("$$", "").includes("$") : readsData(value),
  );
}

function fuse(first: State, second: State): State {
  const key = (second.ResultPath as string).slice(2);
  const ending = typeof second.Next === "string" ? { Next: second.Next } : { End: true };
  if (selectsWholeData(first)) {
    const { Next: _next, ResultSelector, ResultPath, ...common } = first;
    void _next;
    // Keys stay in the order people write them: ResultSelector, ResultPath, then the rest.
    const selector = { ...withoutField(ResultSelector as JsonObject, key), [key]: second.Result };
    return reorder({ ...common, ResultSelector: selector, ResultPath, ...ending }, first);
  }
  const { Next: _next, Result: firstResult, Parameters: firstParameters, ...common } = first;
  void _next;
  if (firstResult !== undefined && second.Result !== undefined) {
    return { ...common, Result: { ...(firstResult as JsonObject), [key]: second.Result }, ...ending };
  }
  // One of them computes, so the fused state builds everything in Parameters, where a literal
  // means itself (the compiler never writes literal keys ending in `.$`).
  const base = (firstResult ?? firstParameters) as JsonObject;
  return { ...common, Parameters: { ...withoutField(base, key), [key]: second.Result ?? second.Parameters }, ...ending };
}

function withoutField(template: JsonObject, key: string): JsonObject {
  const { [key]: _plain, [`${key}.$`]: _dynamic, ...rest } = template;
  void _plain;
  void _dynamic;
  return rest;
}

/** The fused state's keys in the first state's order (new ones, such as End, last). */
function reorder(state: State, like: State): State {
  const order = [...Object.keys(like).filter((key) => key in state), ...Object.keys(state).filter((key) => !(key in like))];
  return Object.fromEntries(order.map((key) => [key, state[key]]));
}

function hasNullInArray(value: unknown, inArray = false): boolean {
  if (value === null) return inArray;
  if (Array.isArray(value)) return value.some((item) => hasNullInArray(item, true));
  return isObject(value) && Object.values(value).some((item) => hasNullInArray(item, inArray));
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
