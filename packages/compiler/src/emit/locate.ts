/** A 1-based position in a source file and the length of the text it points at. */
export interface SourceSpan {
  line: number;
  column: number;
  length: number;
}

/**
 * Where a workflow's export is declared (`export const <name> = workflow(...)`), for diagnostics
 * the emitter raises after the compiler has let go of the syntax tree. A text search is enough
 * here: it only positions a report, and when it finds nothing the report points at the top of
 * the file rather than not being made.
 */
export function locateExport(source: string, exportName: string): SourceSpan {
  const name = escapeRegExp(exportName);
  const declaration = new RegExp(`\\bexport\\s+(?:declare\\s+)?(?:const|let|var)\\s+(${name})(?![\\w$])`, "d");
  const anyMention = new RegExp(`(?<![\\w$.])(${name})(?![\\w$])`, "d");
  const match = declaration.exec(source) ?? anyMention.exec(source);
  const start = match?.indices?.[1]?.[0];
  if (start === undefined) return { line: 1, column: 1, length: 0 };
  return { ...positionAt(source, start), length: exportName.length };
}

/** The 1-based line and column (in UTF-16 code units, as TypeScript counts) of an offset. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
