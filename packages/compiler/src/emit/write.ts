import { mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { cloudFormationTemplate } from "./cloudformation.js";
import type { CompiledWorkflow } from "../types.js";
import { writeFileAtomic } from "./atomic.js";
import { formatDefinition, formatJson, formatSourceMap } from "./format.js";
import { definitionFileName, manifestFileName, manifestOf, policyFileName } from "./manifest.js";
import { relativeSourceMap } from "./sourceMap.js";
import { countStates } from "./states.js";

export interface WrittenFile {
  path: string;
  kind: "definition" | "policy" | "manifest" | "template" | "sourceMap";
  /** States in the definition (or mapped by the source map), statements in the policy, placeholders in the manifest, resources in the template. */
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

export const definitionPath = (outDir: string, name: string): string => join(outDir, definitionFileName(name));
export const policyPath = (outDir: string, name: string): string => join(outDir, policyFileName(name));
export const manifestPath = (outDir: string, name: string): string => join(outDir, manifestFileName(name));
export const sourceMapPath = (outDir: string, name: string): string => join(outDir, `${name}.map.json`);
/** What builds before the manifest wrote; removed so that no stale list of placeholders is left beside a new build. */
const formerSubstitutionsPath = (outDir: string, name: string): string => join(outDir, `${name}.substitutions.json`);

/**
 * Writes `<name>.asl.json`, `<name>.policy.json`, `<name>.manifest.json` and `<name>.map.json`
 * (where each state comes from in the TypeScript) for each workflow. The workflows must already be validated (see
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
    path = policyPath(outDir, workflow.name);
    await writeFileAtomic(path, await formatJson(workflow.policy));
    written.push({ path, kind: "policy", count: workflow.policy.Statement.length });
    path = manifestPath(outDir, workflow.name);
    await writeFileAtomic(path, await formatJson(manifestOf(workflow, outDir)));
    written.push({ path, kind: "manifest", count: workflow.placeholders.length });
    path = formerSubstitutionsPath(outDir, workflow.name);
    await rm(path, { force: true });
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

/** The CloudFormation template of the workflows built (see cloudformation.ts), written atomically. */
export async function writeTemplate(workflows: CompiledWorkflow[], path: string): Promise<WrittenFile | { failure: WriteFailure }> {
  const template = cloudFormationTemplate(workflows);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, await formatJson(template));
    return { path, kind: "template", count: Object.keys(template.Resources).length };
  } catch (error) {
    return { failure: { path, reason: reasonOf(error) } };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
