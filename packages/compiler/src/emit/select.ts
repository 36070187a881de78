import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { compareDiagnostics, errorsOf, type Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt } from "../diagnostics/report.js";
import type { AslDefinition, CompiledWorkflow, CompileResult } from "../types.js";
import { locateExport } from "./locate.js";

export type Validate = (definition: AslDefinition) => Promise<string[]>;
export type ReadSource = (file: string) => Promise<string | undefined>;

export interface Selection {
  /** Workflows that may be written: their file is free of diagnostics and their definition validates. */
  writable: CompiledWorkflow[];
  /** The compiler's diagnostics plus the ones raised here, sorted. */
  diagnostics: Diagnostic[];
}

/** What Step Functions accepts as a state machine name; also keeps `<name>.asl.json` inside the out dir. */
const STATE_MACHINE_NAME = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * Decides which compiled workflows are written. Diagnostics carry a position, not a workflow, so a
 * workflow is held back when any error (not a warning) is in its source file: its definition may have been
 * built from code the compiler could not fully understand. The others are validated with the
 * ASL validators; a rejection is the compiler's bug (SS9001), reported like any other problem
 * so the user sees it instead of a crash or a definition that fails at deploy time.
 */
export async function selectWritable(
  result: CompileResult,
  validate: Validate,
  readSource: ReadSource = readSourceFile,
): Promise<Selection> {
  const filesWithErrors = new Set(errorsOf(result.diagnostics).map((d) => d.file));
  const candidates = result.workflows.filter((w) => !filesWithErrors.has(w.file));
  const problems = await Promise.all(candidates.map((w) => problemsOf(w, validate)));
  const clashes = clashingNames(candidates);
  const rejected = candidates
    .map((workflow, i) => ({ workflow, problems: [...problems[i], ...(clashes.get(workflow) ?? [])] }))
    .filter((c) => c.problems.length > 0);
  const rejectedSet = new Set(rejected.map((c) => c.workflow));
  return {
    writable: candidates.filter((w) => !rejectedSet.has(w)),
    diagnostics: [
      ...result.diagnostics,
      ...(await Promise.all(rejected.map((c) => invalidDefinition(c.workflow, c.problems, readSource)))),
    ].sort(compareDiagnostics),
  };
}

/** Why Step Functions would reject this workflow; empty when it would accept it. */
async function problemsOf(workflow: CompiledWorkflow, validate: Validate): Promise<string[]> {
  if (!STATE_MACHINE_NAME.test(workflow.name)) {
    return [`the state machine name ${JSON.stringify(workflow.name)} is not 1-80 characters of A-Za-z0-9-_`];
  }
  try {
    return await validate(workflow.definition);
  } catch (error) {
    // A validator that throws has still not accepted the definition; say so rather than crash.
    return [`the validator failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

async function invalidDefinition(workflow: CompiledWorkflow, problems: string[], readSource: ReadSource): Promise<Diagnostic> {
  const what = `${workflow.name}: ${problems.join("; ")}`;
  return diagnosticAt(await exportLocation(workflow, readSource), "invalidDefinition", { what });
}

/**
 * Two workflows with one name would be written to one file, the second silently replacing the
 * first. The compiler reports duplicate names (SS2001); should two reach this point anyway, that
 * is its bug, and neither is written.
 */
function clashingNames(workflows: CompiledWorkflow[]): Map<CompiledWorkflow, string[]> {
  const clashes = new Map<CompiledWorkflow, string[]>();
  for (const group of groupByName(workflows).values()) {
    if (group.length < 2) continue;
    for (const workflow of group) {
      const others = group.filter((w) => w !== workflow).map((w) => `${w.exportName} (${basename(w.file)})`);
      clashes.set(workflow, [`it would be written to ${workflow.name}.asl.json, as would ${others.join(", ")}`]);
    }
  }
  return clashes;
}

function groupByName(workflows: CompiledWorkflow[]): Map<string, CompiledWorkflow[]> {
  const groups = new Map<string, CompiledWorkflow[]>();
  for (const workflow of workflows) groups.set(workflow.name, [...(groups.get(workflow.name) ?? []), workflow]);
  return groups;
}

async function exportLocation(workflow: CompiledWorkflow, readSource: ReadSource) {
  const source = await readSource(workflow.file);
  const span = source === undefined ? { line: 1, column: 1, length: 0 } : locateExport(source, workflow.exportName);
  return { file: workflow.file, ...span };
}

async function readSourceFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}
