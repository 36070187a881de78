import type { WorkflowIR } from "./ir/types.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { diagnosticAt } from "./diagnostics/report.js";
import type { AslDefinition } from "./types.js";

const MAX_DEFINITION_BYTES = 1024 * 1024;

/** What Step Functions would reject at deploy time, reported at compile time. */
export function checkLimits(ir: WorkflowIR, definition: AslDefinition): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const size = Buffer.byteLength(JSON.stringify(definition), "utf8");
  if (size > MAX_DEFINITION_BYTES) {
    problems.push(diagnosticAt(ir.at, "definitionTooLarge", { what: ir.name, size: String(size) }));
  }
  for (const name of Object.keys(definition.States)) {
    if (name.length > 80) problems.push(diagnosticAt(ir.at, "invalidName", { what: `the state name "${name}" is longer than 80 characters` }));
  }
  return problems;
}
