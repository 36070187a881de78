import { errorsOf } from "../diagnostics/diagnostic.js";
import { renderDiagnosticsJson } from "../diagnostics/render.js";
import { selectWritable } from "../emit/select.js";
import type { Deps, Io } from "./io.js";
import { foundNothing } from "./build.js";
import { printDiagnostics, printNothingFound } from "./output.js";
import type { Inputs } from "./usage.js";

export type CheckFormat = "text" | "json";

/** Compiles and validates exactly as `build` does, and writes nothing. */
export async function check(inputs: Inputs, format: CheckFormat, io: Io, deps: Deps, allowEmpty = false): Promise<0 | 1> {
  const result = await deps.compile(inputs);
  const { diagnostics } = await selectWritable(result, deps.validate);
  const nothingFound = foundNothing(result.workflows, diagnostics);
  if (format === "json") {
    // Always an array, `[]` included, so a tool can parse the output without looking at the exit status first.
    io.stdout.write(renderDiagnosticsJson(diagnostics, io.cwd));
  } else {
    if (nothingFound) printNothingFound(io, allowEmpty);
    printDiagnostics(io, diagnostics);
  }
  return errorsOf(diagnostics).length > 0 || (nothingFound && !allowEmpty) ? 1 : 0;
}
