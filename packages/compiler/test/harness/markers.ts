// Expected diagnostics written into a source as `/*@CODE*/` markers, right before the offending code.

export interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

/** The `/*@CODE*\/` markers of a source, each with the 1-based position right after it. */
export function markersOf(file: string, source: string): Expected[] {
  const found: Expected[] = [];
  for (const match of source.matchAll(/\/\*@((?:SS|TS)\d{4})\*\//g)) {
    const after = match.index + match[0].length;
    const before = source.slice(0, after);
    const line = before.split("\n").length;
    const column = after - (before.lastIndexOf("\n") + 1) + 1;
    found.push({ code: match[1], file, line, column });
  }
  return found;
}
