import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { CompiledWorkflow } from "../types.js";
import { writeFileAtomic } from "./atomic.js";
import { formatDefinition, formatSubstitutions } from "./format.js";
import { countStates } from "./states.js";

export interface WrittenFile {
  path: string;
  kind: "definition" | "substitutions";
  /** States in the definition, or placeholders in the substitutions list. */
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

/**
 * Writes `<name>.asl.json` for each workflow, and `<name>.substitutions.json` when its definition
 * uses DefinitionSubstitutions placeholders. The workflows must already be validated (see
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
    return { written, failures: [] };
  } catch (error) {
    return { written, failures: [{ path, reason: reasonOf(error) }] };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
