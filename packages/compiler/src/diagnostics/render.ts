import { codeFrameColumns } from "@babel/code-frame";
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import picocolors from "picocolors";
import { errorsOf, isWarning, type Diagnostic } from "./diagnostic.js";

export interface RenderOptions {
  /** Paths are shown relative to this folder. */
  cwd: string;
  color: boolean;
}

/**
 * Colours only for a person at a terminal: never in a pipe or a log file, and never when the
 * user opted out with NO_COLOR (https://no-color.org: set and not empty).
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** A path as the user typed it: relative to the cwd, with forward slashes on every platform. */
export function displayPath(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join("/") || ".";
}

/**
 * One diagnostic as text: `path:line:col - error SSnnnn: message` (`warning SSnnnn` for a warning), a code frame when the source
 * is known, and the hint. Pure: the caller supplies the file's text (see `readSource`).
 */
export function renderDiagnostic(diagnostic: Diagnostic, source: string | undefined, options: RenderOptions): string {
  const c = picocolors.createColors(options.color);
  const severity = isWarning(diagnostic) ? c.yellow("warning") : c.red("error");
  const heading = `${severity} ${c.gray(diagnostic.code)}: ${diagnostic.message}`;
  // A problem of the whole program (a TypeScript option error, say) has no file to point into.
  const where = diagnostic.file
    ? `${c.cyan(displayPath(diagnostic.file, options.cwd))}:${c.yellow(String(diagnostic.line))}:${c.yellow(String(diagnostic.column))} - `
    : "";
  const lines = [`${where}${heading}`];
  const frame = source === undefined || !diagnostic.file ? undefined : renderCodeFrame(source, diagnostic, options.color);
  if (frame) lines.push("", frame);
  if (diagnostic.hint) lines.push("", `  ${c.bold("hint")}: ${diagnostic.hint}`);
  return lines.join("\n") + "\n";
}

/**
 * The source around the diagnostic with the offending code underlined. The underline stays on
 * the first line of the span: a span over a whole `if` statement would otherwise print all of it.
 */
export function renderCodeFrame(source: string, diagnostic: Pick<Diagnostic, "line" | "column" | "length">, color: boolean): string | undefined {
  const lines = source.split(/\r\n|[\n\r\u2028\u2029]/);
  const text = lines[diagnostic.line - 1];
  if (text === undefined) return undefined;
  const framed = lines.slice(Math.max(0, diagnostic.line - 1 - FRAME_CONTEXT), diagnostic.line + FRAME_CONTEXT);
  const window = frameWindow(Math.max(...framed.map((line) => line.length)), Math.max(1, diagnostic.column));
  // Only the framed lines are shown; each is clipped to the same window so a 1 MB line prints a few columns.
  const shown = lines.map((line, i) => (Math.abs(i + 1 - diagnostic.line) <= FRAME_CONTEXT ? clip(line, window) : ""));
  const column = Math.max(1, diagnostic.column) - window.start + (window.start > 0 ? 1 : 0);
  const clippedText = shown[diagnostic.line - 1];
  const end = Math.min(column + Math.max(0, diagnostic.length), clippedText.length + 1);
  const location = { start: { line: diagnostic.line, column }, end: { line: diagnostic.line, column: Math.max(end, column) } };
  return codeFrameColumns(shown.join("\n"), location, { highlightCode: color, forceColor: color, linesAbove: FRAME_CONTEXT, linesBelow: FRAME_CONTEXT });
}

const FRAME_CONTEXT = 2;
/** Lines up to this long are shown whole; longer ones are clipped to a window around the column. */
const MAX_FRAME_WIDTH = 160;
/** How much of the clipped line is shown before the column. */
const FRAME_LEAD = 40;

interface FrameWindow {
  /** 0-based offset of the first character shown. */
  start: number;
  /** Characters shown; Infinity when the line is shown whole. */
  width: number;
}

export function frameWindow(lineLength: number, column: number): FrameWindow {
  if (lineLength <= MAX_FRAME_WIDTH) return { start: 0, width: Infinity };
  return { start: Math.max(0, column - 1 - FRAME_LEAD), width: MAX_FRAME_WIDTH };
}

/** The part of a line inside the window, with `…` where text was left out. */
function clip(line: string, window: FrameWindow): string {
  if (window.width === Infinity) return line;
  const part = line.slice(window.start, window.start + window.width);
  return `${window.start > 0 ? "…" : ""}${part}${window.start + window.width < line.length ? "…" : ""}`;
}

/** `Found 3 errors in 2 files.` (`Found 1 error and 2 warnings in 2 files.`), or undefined when there is nothing to sum up. */
export function renderSummary(diagnostics: readonly Diagnostic[]): string | undefined {
  if (diagnostics.length === 0) return undefined;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const errors = errorsOf(diagnostics).length;
  const warnings = diagnostics.length - errors;
  const counts = warnings === 0 ? plural(errors, "error") : errors === 0 ? plural(warnings, "warning") : `${plural(errors, "error")} and ${plural(warnings, "warning")}`;
  return `Found ${counts} in ${plural(files, "file")}.\n`;
}

/** Diagnostics as JSON for tools (`check --format json`): positions are 1-based, paths relative to the cwd. */
export function renderDiagnosticsJson(diagnostics: readonly Diagnostic[], cwd: string): string {
  const entries = diagnostics.map((d) => ({
    file: displayPath(d.file, cwd),
    line: d.line,
    column: d.column,
    length: d.length,
    code: d.code,
    severity: d.severity ?? "error",
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  }));
  return JSON.stringify(entries, null, 2) + "\n";
}

/** Every diagnostic, each followed by a blank line, reading each source file once. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: RenderOptions, readSource = readSourceOnce()): string {
  return diagnostics.map((d) => renderDiagnostic(d, readSource(d.file), options) + "\n").join("");
}

/** Reads files for code frames; a file that has gone (deleted since the compile) gets no frame. */
export function readSourceOnce(): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, tryRead(file));
    return cache.get(file);
  };
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
