import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./usage.js";

/**
 * The project's own say in what the commands build: the `stepscript` field of the package.json
 * in the current folder. Every field is optional, and a flag or a path on the command line wins
 * over it.
 *
 * ```json
 * "stepscript": { "workflows": ["workflows"], "project": "tsconfig.json", "out": "dist/asl" }
 * ```
 */
export interface ProjectConfig {
  /** Files and folders to compile when the command names none, relative to the package.json. */
  workflows?: string[];
  /** The tsconfig to compile with, relative to the package.json. */
  project?: string;
  /** Where `build` writes, relative to the package.json. */
  out?: string;
}

const FIELDS = ["workflows", "project", "out"] as const;

/** Reads `cwd/package.json`'s `stepscript` field; `{}` when there is no package.json or no field. */
export function readProjectConfig(cwd: string): ProjectConfig {
  const path = join(cwd, "package.json");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`package.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const field = (manifest as { stepscript?: unknown } | null)?.stepscript;
  return field === undefined ? {} : parseProjectConfig(field);
}

/** Checks the field's shape, so that a typo is reported instead of silently building something else. */
export function parseProjectConfig(field: unknown): ProjectConfig {
  if (typeof field !== "object" || field === null || Array.isArray(field)) {
    throw new UsageError('the "stepscript" field of package.json must be an object such as { "workflows": ["workflows"] }');
  }
  const record = field as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new UsageError(`unknown field ${unknown.map((k) => `"stepscript.${k}"`).join(", ")} in package.json; the fields are ${FIELDS.join(", ")}`);
  }
  const config: ProjectConfig = {};
  if (record.workflows !== undefined) {
    const { workflows } = record;
    if (!Array.isArray(workflows) || workflows.length === 0 || !workflows.every((w) => typeof w === "string" && w !== "")) {
      throw new UsageError('"stepscript.workflows" in package.json must be a non-empty array of file or folder paths');
    }
    config.workflows = workflows as string[];
  }
  for (const key of ["project", "out"] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== "string" || value === "") throw new UsageError(`"stepscript.${key}" in package.json must be a path`);
    config[key] = value;
  }
  return config;
}
