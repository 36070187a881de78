import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { CompiledWorkflow } from "../types.js";
import { writeFileAtomic } from "./atomic.js";
import { formatDefinition, formatSourceMap, formatSubstitutions } from "./format.js";
import { relativeSourceMap } from "./sourceMap.js";
import { countStates } from "./states.js";

export interface WrittenFile {
  path: string;
  kind: "definition" | "substitutions" | "sourceMap";
  /** States in the definition (or mapped by the source map), or placeholders in the substitutions list. */
  count: number;
}

/** A file that could not be written (permissions, a full disk, a folder in the way). */
export interface WriteFailure {
  path: string;
  reason: string;
}

export interface WriteResult {
  written: WrittenFile[];
  failures: WriteFailure[];
}

export const definitionPath = (outDir: string, name: string): string => join(outDir, `${name}.asl.json`);
export const substitutionsPath = (outDir: string, name: string): string => join(outDir, `${name}.substitutions.json`);
export const sourceMapPath = (outDir: string, name: string): string => join(outDir, `${name}.map.json`);

/**
 * Writes `<name>.asl.json` for each workflow, `<name>.map.json` (where each state comes from in
 * the TypeScript), and `<name>.substitutions.json` when its definition uses DefinitionSubstitutions
 * placeholders. The workflows must already be validated (see
 * `selectWritable`): this only formats and writes. Each file is replaced atomically; a failure
 * on one workflow is reported and does not stop the others.
 */
export async function writeWorkflows(workflows: CompiledWorkflow[], outDir: string): Promise<WriteResult> {
  const result: WriteResult = { written: [], failures: [] };
  if (workflows.length === 0) return result;
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    return { written: [], failures: [{ path: outDir, reason: reasonOf(error) }] };
  }
  // One after another, so the report lists files in the compiler's (sorted) order.
  for (const workflow of workflows) {
    const outcome = await writeWorkflow(workflow, outDir);
    result.written.push(...outcome.written);
    result.failures.push(...outcome.failures);
  }
  return result;
}

async function writeWorkflow(workflow: CompiledWorkflow, outDir: string): Promise<WriteResult> {
  const written: WrittenFile[] = [];
  let path = definitionPath(outDir, workflow.name);
  try {
    await writeFileAtomic(path, await formatDefinition(workflow.definition));
    written.push({ path, kind: "definition", count: countStates(workflow.definition) });
    path = substitutionsPath(outDir, workflow.name);
    if (workflow.substitutions.length > 0) {
      await writeFileAtomic(path, await formatSubstitutions(workflow.substitutions));
      written.push({ path, kind: "substitutions", count: workflow.substitutions.length });
    } else {
      // A list left over from an earlier build would name placeholders the definition no longer has.
      await rm(path, { force: true });
    }
    if (workflow.sourceMap) {
      path = sourceMapPath(outDir, workflow.name);
      const map = relativeSourceMap(workflow.sourceMap, outDir);
      await writeFileAtomic(path, formatSourceMap(map));
      written.push({ path, kind: "sourceMap", count: Object.keys(map.states).length });
    }
    return { written, failures: [] };
  } catch (error) {
    return { written, failures: [{ path, reason: reasonOf(error) }] };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
