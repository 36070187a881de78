import { existsSync, readFileSync } from "node:fs";
import { displayPath, renderCodeFrame, shouldUseColor } from "../diagnostics/render.js";
import type { Failure } from "../history/explain.js";
import type { Io } from "./io.js";

/** How an execution failed, at the TypeScript line of the state that raised the error, with its code frame. */
export function renderFailure(failure: Failure, io: Io): string {
  const lines = ["", `failed: ${failure.error}`];
  if (failure.cause !== undefined) lines.push(`cause: ${failure.cause}`);
  if (failure.state !== undefined) {
    const attempts = failure.attempts !== undefined && failure.attempts > 1 ? ` after ${failure.attempts} attempts (${failure.attempts - 1} retries)` : "";
    const at = failure.source ? ` at ${displayPath(failure.source.file, io.cwd)}:${failure.source.line}:${failure.source.column}` : "";
    lines.push(`in state "${failure.state}"${attempts}${at}`);
    if (failure.source && existsSync(failure.source.file)) {
      const { line, column } = failure.source;
      const frame = renderCodeFrame(readFileSync(failure.source.file, "utf8"), { line, column, length: 0 }, shouldUseColor(io.stdout, io.env));
      if (frame) lines.push(frame);
    }
  }
  return `${lines.join("\n")}\n`;
}
