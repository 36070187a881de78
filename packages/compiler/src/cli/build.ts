import { selectWritable } from "../emit/select.js";
import { writeWorkflows } from "../emit/write.js";
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
export async function buildOnce(inputs: Inputs, outDir: string, io: Io, deps: Deps): Promise<BuildOutcome> {
  const result = await deps.compile(inputs);
  const { writable, diagnostics } = await selectWritable(result, deps.validate);
  const { written, failures } = await writeWorkflows(writable, outDir);
  if (result.workflows.length === 0 && diagnostics.length === 0) printNothingFound(io);
  printWritten(io, written);
  printWriteFailures(io, failures);
  printDiagnostics(io, diagnostics);
  const errors = diagnostics.length + failures.length;
  return { exitCode: errors > 0 ? 1 : 0, errors, inputs: result.inputs };
}
