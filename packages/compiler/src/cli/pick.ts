import type { CompiledWorkflow } from "../types.js";
import { UsageError } from "./usage.js";

/**
 * The workflow a command that works on one (`graph`, `run`) is about: the one named by
 * `--workflow` (its state machine name or its export name), else the file's only workflow.
 */
export function pickWorkflow(workflows: readonly CompiledWorkflow[], file: string, name: string | undefined): CompiledWorkflow {
  const inFile = workflows.filter((w) => w.file === file);
  const names = inFile.map((w) => w.name).join(", ");
  if (name !== undefined) {
    const found = inFile.find((w) => w.name === name || w.exportName === name);
    if (!found) throw new UsageError(`no workflow named ${name} in ${file} (it has: ${names || "none"})`);
    return found;
  }
  if (inFile.length === 1) return inFile[0];
  if (inFile.length === 0) throw new UsageError(`${file} has no workflow`);
  throw new UsageError(`${file} has ${inFile.length} workflows (${names}): say which with --workflow NAME`);
}
