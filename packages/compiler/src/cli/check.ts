import { renderDiagnosticsJson } from "../diagnostics/render.js";
import { selectWritable } from "../emit/select.js";
import type { Deps, Io } from "./io.js";
import { printDiagnostics, printNothingFound } from "./output.js";
import type { Inputs } from "./usage.js";

export type CheckFormat = "text" | "json";

/** Compiles and validates exactly as `build` does, and writes nothing. */
export async function check(inputs: Inputs, format: CheckFormat, io: Io, deps: Deps): Promise<0 | 1> {
  const result = await deps.compile(inputs);
  const { diagnostics } = await selectWritable(result, deps.validate);
  if (format === "json") {
    // Always an array, `[]` included, so a tool can parse the output without looking at the exit status first.
    io.stdout.write(renderDiagnosticsJson(diagnostics, io.cwd));
  } else {
    if (result.workflows.length === 0 && diagnostics.length === 0) printNothingFound(io);
    printDiagnostics(io, diagnostics);
  }
  return diagnostics.length > 0 ? 1 : 0;
}
