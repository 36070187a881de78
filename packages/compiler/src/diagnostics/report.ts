import type { Node } from "ts-morph";
import { CATALOGUE, formatMessage, type CatalogueEntry, type DiagnosticKind } from "./catalogue.js";
import type { Diagnostic } from "./diagnostic.js";

/** Where a problem is, independent of ts-morph so later phases can report too. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  length: number;
}

export function locationOf(node: Node): SourceLocation {
  const sourceFile = node.getSourceFile();
  const start = node.getStart();
  const { line, column } = sourceFile.getLineAndColumnAtPos(start);
  return { file: sourceFile.getFilePath(), line, column, length: node.getEnd() - start };
}

export function diagnosticAt(
  location: SourceLocation,
  kind: DiagnosticKind,
  args: Record<string, string> = {},
): Diagnostic {
  const entry: CatalogueEntry = CATALOGUE[kind];
  return {
    code: entry.code,
    message: formatMessage(entry.message, args),
    hint: formatMessage(entry.hint, args),
    ...location,
    ...(entry.severity ? { severity: entry.severity } : {}),
  };
}

/** Thrown inside analysis to abandon one workflow with a diagnostic; caught per workflow. */
export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Abandons an analysis whose cause was already reported (a read of a variable whose declaration
 * failed): catchers skip it, so one mistake is not reported again at every use.
 */
export class AlreadyReported extends CompileError {}

/** Adds a caught analysis error to the diagnostics, unless its cause is already among them. */
export function reportCaught(diagnostics: Diagnostic[], error: CompileError): void {
  if (!(error instanceof AlreadyReported)) diagnostics.push(error.diagnostic);
}

export function fail(node: Node, kind: DiagnosticKind, args: Record<string, string> = {}): never {
  throw new CompileError(diagnosticAt(locationOf(node), kind, args));
}
