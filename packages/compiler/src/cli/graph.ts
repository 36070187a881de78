import { resolve } from "node:path";
import { errorsOf } from "../diagnostics/diagnostic.js";
import { writeFileAtomic } from "../emit/atomic.js";
import { renderGraph, type GraphFormat } from "../emit/graph.js";
import { selectWritable } from "../emit/select.js";
import type { Deps, Io } from "./io.js";
import { displayPath } from "../diagnostics/render.js";
import { printDiagnostics } from "./output.js";
import { pickWorkflow } from "./pick.js";
import type { Inputs } from "./usage.js";

export interface GraphFlags {
  workflow?: string;
  format: GraphFormat;
  out?: string;
}

/** `stepscript graph FILE`: the compiled state machine as Mermaid or dot, on stdout or into `--out`. */
export async function graph(file: string, inputs: Inputs, flags: GraphFlags, io: Io, deps: Deps): Promise<0 | 1> {
  const result = await deps.compile(inputs);
  const { diagnostics } = await selectWritable(result, deps.validate);
  if (errorsOf(diagnostics).length > 0) {
    printDiagnostics(io, diagnostics);
    return 1;
  }
  const workflow = pickWorkflow(result.workflows, file, flags.workflow);
  const text = renderGraph(workflow.definition, workflow.sourceMap, flags.format);
  if (flags.out === undefined) {
    io.stdout.write(text);
  } else {
    const path = resolve(io.cwd, flags.out);
    await writeFileAtomic(path, text);
    io.stdout.write(`wrote ${displayPath(path, io.cwd)} (${workflow.name}, ${flags.format})\n`);
  }
  return 0;
}
