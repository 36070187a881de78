/** One problem found in the user's code, at an exact place. */
export interface Diagnostic {
  /** `SSnnnn` for Stepscript's own codes, `TSnnnn` for TypeScript's. */
  code: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Absolute path of the file. */
  file: string;
  /** 1-based line and column of the start of the offending code. */
  line: number;
  column: number;
  /** Length of the offending code in characters (for the code frame's underline). */
  length: number;
  /** Absent for an error; a warning does not fail the build. */
  severity?: "warning";
}

export function isWarning(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === "warning";
}

/** The diagnostics that fail a build: all but the warnings. */
export function errorsOf<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => !isWarning(d));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
