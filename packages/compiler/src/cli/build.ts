import { errorsOf, type Diagnostic } from "../diagnostics/diagnostic.js";
import { selectWritable } from "../emit/select.js";
import { writeTemplate, writeWorkflows } from "../emit/write.js";
import type { Deps, Io } from "./io.js";
import { printDiagnostics, printNothingFound, printWriteFailures, printWritten } from "./output.js";
import type { Inputs } from "./usage.js";

export interface BuildOutcome {
  exitCode: 0 | 1;
  errors: number;
  /** The files the compile read (see CompileResult.inputs). */
  inputs?: string[];
}

/**
 * One build: compile, validate, write the clean workflows, report everything. Workflows with
 * errors are not written (their previous output, if any, stays as it was), the clean ones are.
 */
export async function buildOnce(inputs: Inputs, outDir: string, io: Io, deps: Deps, allowEmpty = false, cloudformation?: string): Promise<BuildOutcome> {
  const result = await deps.compile(inputs);
  const { writable, diagnostics } = await selectWritable(result, deps.validate);
  const { written, failures } = await writeWorkflows(writable, outDir);
  // A template of only the workflows that built would deploy a different system than the code
  // describes (a parent without its child): with any error, none is written.
  if (cloudformation && errorsOf(diagnostics).length === 0 && failures.length === 0 && writable.length > 0) {
    const outcome = await writeTemplate(writable, cloudformation);
    if ("path" in outcome) written.push(outcome);
    else failures.push(outcome.failure);
  }
  const nothingFound = foundNothing(result.workflows, diagnostics);
  if (nothingFound) printNothingFound(io, allowEmpty);
  printWritten(io, written);
  printWriteFailures(io, failures);
  printDiagnostics(io, diagnostics);
  // Warnings are printed but do not fail the build.
  const errors = errorsOf(diagnostics).length + failures.length;
  return { exitCode: errors > 0 || (nothingFound && !allowEmpty) ? 1 : 0, errors, inputs: result.inputs };
}

/**
 * No workflow and no error: the command was most likely pointed at the wrong files, which must
 * not pass for a successful build (unless `--allow-empty` says an empty project is expected).
 */
export function foundNothing(workflows: readonly unknown[], diagnostics: readonly Diagnostic[]): boolean {
  return workflows.length === 0 && errorsOf(diagnostics).length === 0;
}
