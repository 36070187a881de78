import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { displayPath, renderDiagnostics, renderSummary, shouldUseColor } from "../diagnostics/render.js";
import type { WriteFailure, WrittenFile } from "../emit/write.js";
import type { Io } from "./io.js";

/** Every diagnostic with its code frame, then `Found N errors in M files.` */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const color = shouldUseColor(io.stdout, io.env);
  io.stdout.write(renderDiagnostics(diagnostics, { cwd: io.cwd, color }));
  io.stdout.write(renderSummary(diagnostics) ?? "");
}

/**
 * `wrote dist/asl/processOrder.asl.json (12 states)`: one line per file, nothing else. Source maps
 * are not listed: every definition has one beside it (as tsc does not list its .map files).
 */
export function printWritten(io: Io, written: readonly WrittenFile[]): void {
  for (const file of written) {
    if (file.kind === "sourceMap") continue;
    const noun = { definition: "state", policy: "statement", manifest: "placeholder", template: "resource" }[file.kind];
    const what = plural(file.count, noun);
    io.stdout.write(`wrote ${displayPath(file.path, io.cwd)} (${what})\n`);
  }
}

export function printWriteFailures(io: Io, failures: readonly WriteFailure[]): void {
  for (const failure of failures) {
    io.stderr.write(`error: cannot write ${displayPath(failure.path, io.cwd)}: ${failure.reason}\n`);
  }
}

/** Said once, so that pointing the command at the wrong folder is not a silent success. */
export function printNothingFound(io: Io, allowed: boolean): void {
  io.stdout.write(allowed ? "no workflows found\n" : "no workflows found (a workflow is `export const name = workflow(…)`); pass --allow-empty if none is expected\n");
}

/**
 * An exception nobody expected is a bug in Stepscript. Say so plainly; the stack is for whoever
 * fixes it, so it is shown only with STEPSCRIPT_DEBUG.
 */
export function printInternalError(io: Io, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: internal error in stepscript: ${message}\n`);
  if (io.env.STEPSCRIPT_DEBUG && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
  } else {
    io.stderr.write("This is a bug in Stepscript; please report it. Set STEPSCRIPT_DEBUG=1 to see the stack.\n");
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
