import { buildEntries } from "./build.js";

/**
 * Compiles several workflow files in one run before their constructs are made: a stack of many
 * files then pays for loading the TypeScript program once instead of once per file. Optional;
 * `project` is the tsconfig (default: the one nearest to the first entry).
 */
export function prebuild(entries: readonly string[], options: { project?: string } = {}): void {
  if (entries.length > 0) buildEntries(entries, options.project);
}
