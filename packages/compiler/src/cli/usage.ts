import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** Bad usage: reported as one line, exit status 2, no stack. */
export class UsageError extends Error {}

export interface Inputs {
  /** Absolute path of the tsconfig, or undefined when there is none and files were named. */
  project: string | undefined;
  /** Absolute paths of the named files and folders; undefined means "the tsconfig's files". */
  files: string[] | undefined;
}

/**
 * Resolves what to compile from `[paths...]` and `--project`, failing with a UsageError on
 * anything that does not exist. Without `--project`, `./tsconfig.json` is used when present;
 * it may be absent only when files are named (they then compile with default options).
 */
export function resolveInputs(cwd: string, paths: string[], project: string | undefined): Inputs {
  const files = paths.length > 0 ? paths.map((p) => existingPath(cwd, p)) : undefined;
  if (project !== undefined) return { project: tsconfigAt(resolve(cwd, project), project), files };
  const fallback = join(cwd, "tsconfig.json");
  if (existsSync(fallback)) return { project: fallback, files };
  if (files) return { project: undefined, files };
  throw new UsageError("no tsconfig.json in the current folder; pass --project <tsconfig.json> or the files to compile");
}

/** `--project` names a tsconfig file or, as with tsc, a folder that holds a tsconfig.json. */
function tsconfigAt(path: string, typed: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isFile()) return path;
  if (stats?.isDirectory() && existsSync(join(path, "tsconfig.json"))) return join(path, "tsconfig.json");
  throw new UsageError(`tsconfig not found: ${typed}`);
}

function existingPath(cwd: string, typed: string): string {
  const path = resolve(cwd, typed);
  if (!existsSync(path)) throw new UsageError(`no such file or folder: ${typed}`);
  return path;
}
