/** Compiles one workflow for a test; any diagnostic or validator problem fails the test at once. */
import { resolve } from "node:path";
import { compile } from "../../src/index.js";
import { validateDefinition } from "../../src/emit/validate.js";
import type { CompiledWorkflow, CompileResult } from "../../src/types.js";

/**
 * Compiles `file` and returns the workflow exported as `exportName`. Throws, with every
 * diagnostic printed as `file:line:col - error CODE: message`, if the compiler reports any, and
 * with the validators' problems if the definition does not pass both ASL validators.
 */
export async function compileWorkflow(file: string, exportName: string): Promise<CompiledWorkflow> {
  const absolute = resolve(file);
  const result: CompileResult = await compile({ files: [absolute] });
  // Warnings (a policy resource left to run time, …) do not fail a build, so they do not fail a test either.
  const errors = result.diagnostics.filter((d) => d.severity !== "warning");
  if (errors.length > 0) {
    const lines = errors.map(
      (d) => `${d.file}:${d.line}:${d.column} - error ${d.code}: ${d.message}${d.hint ? `\n    ${d.hint}` : ""}`,
    );
    throw new Error(`compiling ${absolute} reported ${errors.length} error(s):\n${lines.join("\n")}`);
  }
  const workflow = result.workflows.find((w) => w.exportName === exportName && resolve(w.file) === absolute);
  if (!workflow) {
    const found = result.workflows.map((w) => w.exportName).join(", ") || "none";
    throw new Error(`${absolute} has no compiled workflow exported as "${exportName}" (found: ${found})`);
  }
  const problems = await validateDefinition(workflow.definition);
  if (problems.length > 0) {
    throw new Error(
      `the definition of ${exportName} does not pass the ASL validators:\n  ${problems.join("\n  ")}\n${JSON.stringify(workflow.definition, null, 2)}`,
    );
  }
  return workflow;
}
