import { ts, type SourceFile } from "ts-morph";
import { analyzeWorkflow } from "./analyze/workflow.js";
import { loadProject } from "./discover/project.js";
import { findWorkflows } from "./discover/workflows.js";
import { compareDiagnostics, errorsOf, type Diagnostic } from "./diagnostics/diagnostic.js";
import { policyOf } from "./emit/policy.js";
import { integrationRows } from "@stepscript/runtime-types";
import { CompileError, reportCaught, diagnosticAt, type SourceLocation } from "./diagnostics/report.js";
import { lowerWorkflow } from "./lower/jsonpath/index.js";
import { optimize } from "./optimize/index.js";
import type { CompiledWorkflow, CompileOptions, CompileResult } from "./types.js";
import { checkLimits } from "./limits.js";
import { expressProblems } from "./analyze/integrationPatterns.js";
import { placeholdersOf, resourceUsesOf } from "./analyze/resourceUses.js";
import { distributedMapProblems } from "./analyze/concurrent/distributedMapChecks.js";

/** discover -> analyze -> lower -> optimize, for every workflow of the project or of the named files. */
export function compile(options: CompileOptions = {}, cwd = process.cwd()): CompileResult {
  const { files, inputs } = loadProject(options, cwd);
  const diagnostics: Diagnostic[] = [];
  const workflows: CompiledWorkflow[] = [];
  const exportedAt = new Map<CompiledWorkflow, SourceLocation>();
  for (const file of files) {
    const { declarations, diagnostics: undeclared } = findWorkflows(file);
    diagnostics.push(...undeclared);
    if (declarations.length === 0 && !options.files?.length) continue;
    const typeErrors = typeScriptDiagnostics(file);
    diagnostics.push(...typeErrors);
    if (typeErrors.length > 0) continue;
    for (const declaration of declarations) {
      const ir = analyzeWorkflow(declaration, diagnostics);
      if (!ir) continue;
      const uses = resourceUsesOf(ir);
      const { placeholders, diagnostics: placeholderProblems } = placeholdersOf(uses, integrationRows);
      const express = [...expressProblems(ir), ...distributedMapProblems(ir), ...placeholderProblems];
      diagnostics.push(...express);
      if (express.length > 0) continue;
      try {
        const definition = optimize(lowerWorkflow(ir));
        const problems = checkLimits(ir, definition);
        diagnostics.push(...problems);
        if (problems.length > 0) continue;
        const workflow: CompiledWorkflow = {
          name: ir.name,
          exportName: ir.exportName,
          file: ir.file,
          type: ir.type,
          definition,
          queryLanguage: ir.queryLanguage,
          substitutions: placeholders.map((p) => p.name),
          placeholders,
          uses,
          policy: { Version: "2012-10-17", Statement: [] },
          derivedPlaceholders: [],
        };
        const policy = policyOf(workflow, integrationRows);
        diagnostics.push(...policy.diagnostics);
        if (errorsOf(policy.diagnostics).length > 0) continue;
        workflow.policy = policy.document;
        workflow.derivedPlaceholders = policy.derived;
        workflows.push(workflow);
        exportedAt.set(workflow, ir.at);
      } catch (error) {
        if (!(error instanceof CompileError)) throw error;
        reportCaught(diagnostics, error);
      }
    }
  }
  diagnostics.push(...duplicateNames(workflows, exportedAt));
  return { workflows, diagnostics: diagnostics.sort(compareDiagnostics), inputs };
}

/** TypeScript's own errors in a workflow file fail the build, in the same format as ours. */
function typeScriptDiagnostics(file: SourceFile): Diagnostic[] {
  return file
    .getPreEmitDiagnostics()
    // "No inputs were found" is about the tsconfig's include, which named files do not use.
    .filter((d) => d.getCategory() === ts.DiagnosticCategory.Error && d.getCode() !== 18003)
    .map((d) => {
      const source = d.getSourceFile() ?? file;
      const start = d.getStart() ?? 0;
      const { line, column } = source.getLineAndColumnAtPos(start);
      return {
        code: `TS${d.getCode()}`,
        message: ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n"),
        file: source.getFilePath(),
        line,
        column,
        length: d.getLength() ?? 0,
      };
    });
}

/**
 * Two state machines with one name would overwrite each other's definition: each of them is
 * reported, so that neither is written (writing one would pick a winner in silence).
 */
function duplicateNames(workflows: CompiledWorkflow[], exportedAt: ReadonlyMap<CompiledWorkflow, SourceLocation>): Diagnostic[] {
  const byName = new Map<string, CompiledWorkflow[]>();
  for (const workflow of workflows) byName.set(workflow.name, [...(byName.get(workflow.name) ?? []), workflow]);
  return [...byName.values()].filter((group) => group.length > 1).flatMap((group) =>
    group.map((workflow) => {
      const others = group.filter((w) => w !== workflow).map((w) => `${w.exportName} in ${w.file}`).join(", ");
      return diagnosticAt(exportedAt.get(workflow)!, "invalidName", { what: `two workflows are named "${workflow.name}" (the other is ${others})` });
    }),
  );
}
