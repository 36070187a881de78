// The README's graph is what `stepscript graph` draws for the example today.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { renderGraph } from "../../src/emit/graph.js";

const root = resolve(import.meta.dirname, "../../../..");

describe("README", () => {
  it("shows the current graph of examples/order-processing", async () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const shown = /<!-- graph:start -->\n```mermaid\n([\s\S]*?)```\n<!-- graph:end -->/.exec(readme)?.[1];
    const { definition, sourceMap } = await compileWorkflow(resolve(root, "examples/order-processing/workflow.ts"), "processOrder");
    expect(shown, "regenerate it with: npx stepscript graph examples/order-processing/workflow.ts").toBe(renderGraph(definition, sourceMap, "mermaid"));
  });
});
