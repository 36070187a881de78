import { ts, type SourceFile } from "ts-morph";
import { analyzeWorkflow } from "./analyze/workflow.js";
import { loadProject } from "./discover/project.js";
import { findWorkflows } from "./discover/workflows.js";
import { compareDiagnostics, errorsOf, type Diagnostic } from "./diagnostics/diagnostic.js";
import { policyOf } from "./emit/policy.js";
import { integrationRows } from "@stepscript/runtime-types";
import { CompileError, reportCaught, diagnosticAt, locationOf, type SourceLocation } from "./diagnostics/report.js";
import { lowerWorkflow } from "./lower/jsonpath/index.js";
import { optimize } from "./optimize/index.js";
import type { CompiledWorkflow, CompileOptions, CompileResult } from "./types.js";
import { checkLimits } from "./limits.js";
import { expressProblems } from "./analyze/integrationPatterns.js";
import { placeholdersOf, resourceUsesOf } from "./analyze/resourceUses.js";
import { distributedMapProblems } from "./analyze/concurrent/distributedMapChecks.js";
import { sourceMapOf } from "./emit/sourceMap.js";
import { tasksUsed } from "./ir/tasks.js";

/** discover -> analyze -> lower -> optimize, for every workflow of the project or of the named files. */
export function compile(options: CompileOptions = {}, cwd = process.cwd()): CompileResult {
  const { files, inputs, diagnostics: unreadable } = loadProject(options, cwd);
  const diagnostics: Diagnostic[] = [...unreadable];
  const workflows: CompiledWorkflow[] = [];
  const exportedAt = new Map<CompiledWorkflow, SourceLocation>();
  for (const file of files) {
    const { declarations, diagnostics: undeclared } = findWorkflows(file);
    diagnostics.push(...undeclared);
    if (declarations.length === 0 && !options.files?.length) continue;
    const typeErrors = outOfStack(() => typeScriptDiagnostics(file), { file: file.getFilePath(), line: 1, column: 1, length: 0 }, "TypeScript's checker ran out of stack on this file or one it imports");
    diagnostics.push(...typeErrors);
    if (typeErrors.length > 0) continue;
    for (const declaration of declarations) {
      let ir: ReturnType<typeof analyzeWorkflow>;
      try {
        ir = analyzeWorkflow(declaration, diagnostics);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        diagnostics.push(diagnosticAt(locationOf(declaration.declaration), "nestedTooDeeply", { what: "this workflow" }));
        continue;
      }
      if (!ir) continue;
      const uses = resourceUsesOf(ir);
      const { placeholders, diagnostics: placeholderProblems } = placeholdersOf(uses, integrationRows);
      const express = [...expressProblems(ir), ...distributedMapProblems(ir), ...placeholderProblems];
      diagnostics.push(...express);
      if (express.length > 0) continue;
      try {
        const tagged = optimize(lowerWorkflow(ir));
        const sourceMap = sourceMapOf(ir.name, ir.file, tagged, (at) => endOf(file, at));
        // Plain JSON from here on: the origins the states carried (see lower/origins.ts) are in the source map now.
        const definition = JSON.parse(JSON.stringify(tagged)) as typeof tagged;
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
          sourceMap,
          tasks: tasksUsed(ir),
        };
        const policy = policyOf(workflow, integrationRows);
        diagnostics.push(...policy.diagnostics);
        if (errorsOf(policy.diagnostics).length > 0) continue;
        workflow.policy = policy.document;
        workflow.derivedPlaceholders = policy.derived;
        workflows.push(workflow);
        exportedAt.set(workflow, ir.at);
      } catch (error) {
        if (error instanceof RangeError) {
          diagnostics.push(diagnosticAt(ir.at, "nestedTooDeeply", { what: "this workflow" }));
          continue;
        }
        if (!(error instanceof CompileError)) throw error;
        reportCaught(diagnostics, error);
      }
    }
  }
  diagnostics.push(...duplicateNames(workflows, exportedAt));
  return { workflows, diagnostics: diagnostics.sort(compareDiagnostics), inputs };
}

/** Where a source location ends (1-based), read from its file (a helper's states may come from another module). */
function endOf(workflowFile: SourceFile, at: SourceLocation): { endLine: number; endColumn: number } {
  const source = (at.file === workflowFile.getFilePath() ? workflowFile : workflowFile.getProject().getSourceFile(at.file))?.compilerNode;
  if (!source) return { endLine: at.line, endColumn: at.column };
  const start = source.getPositionOfLineAndCharacter(at.line - 1, at.column - 1);
  const end = source.getLineAndCharacterOfPosition(start + at.length);
  return { endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * Nesting below the limits of nesting.ts can still exhaust the stack (a smaller stack than Node's
 * default, an unusual shape): reported as SS1508 for this file, and the build goes on.
 */
function outOfStack(run: () => Diagnostic[], at: SourceLocation, what: string): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [diagnosticAt(at, "nestedTooDeeply", { what })];
  }
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
