/**
 * `<name>.map.json`: for every state of a definition (those nested in Parallel branches, Map
 * processors and Distributed Map children included) the TypeScript that produced it. State
 * names are unique across a whole definition, so one flat table serves every level.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { SourceLocation } from "../diagnostics/report.js";
import { conditionOf, originOf } from "../lower/origins.js";
import type { AslDefinition } from "../types.js";

export interface StateSource {
  /** The source file: absolute in memory, relative to the map file once written. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  construct: string;
  /** For a Choice: the TypeScript condition of each rule, in order (null where the optimizer combined rules). */
  conditions?: (string | null)[];
  /** The state this one is nested in (a Parallel, Map or Distributed Map state), if any. */
  parent?: string;
}

export interface SourceMap {
  version: 1;
  workflow: string;
  /** The workflow's own source file (absolute in memory, relative once written). */
  source: string;
  states: Record<string, StateSource>;
}

/** Where a location ends, 1-based like its start. */
export type EndOf = (at: SourceLocation) => { endLine: number; endColumn: number };

type State = Record<string, unknown>;

export function sourceMapOf(workflow: string, source: string, definition: AslDefinition, endOf: EndOf): SourceMap {
  const states: Record<string, StateSource> = {};
  collect(definition.States, undefined, states, endOf);
  return { version: 1, workflow, source, states };
}

function collect(machine: Record<string, State>, parent: string | undefined, into: Record<string, StateSource>, endOf: EndOf): void {
  for (const [name, state] of Object.entries(machine)) {
    const origin = originOf(state);
    if (origin) {
      const { file, line, column } = origin.at;
      const entry: StateSource = { file, line, column, ...endOf(origin.at), construct: origin.construct };
      if (state.Type === "Choice") entry.conditions = ((state.Choices as State[] | undefined) ?? []).map((rule) => conditionOf(rule) ?? null);
      if (parent !== undefined) entry.parent = parent;
      into[name] = entry;
    }
    for (const branch of (state.Branches as { States: Record<string, State> }[] | undefined) ?? []) collect(branch.States, name, into, endOf);
    const processor = (state.ItemProcessor ?? state.Iterator) as { States: Record<string, State> } | undefined;
    if (processor) collect(processor.States, name, into, endOf);
  }
}

/** The map as written into `dir`: file paths relative to it (with `/`), so the folder can be moved with its sources. */
export function relativeSourceMap(map: SourceMap, dir: string): SourceMap {
  const rel = (file: string) => relative(dir, file).split(sep).join("/");
  return {
    ...map,
    source: rel(map.source),
    states: Object.fromEntries(Object.entries(map.states).map(([name, entry]) => [name, { ...entry, file: rel(entry.file) }])),
  };
}

/** A written map read back: its paths made absolute again against the folder it was read from. */
export function absoluteSourceMap(map: SourceMap, mapFile: string): SourceMap {
  const dir = dirname(mapFile);
  const abs = (file: string) => (isAbsolute(file) ? file : resolve(dir, file));
  return {
    ...map,
    source: abs(map.source),
    states: Object.fromEntries(Object.entries(map.states).map(([name, entry]) => [name, { ...entry, file: abs(entry.file) }])),
  };
}
