// One build reports every problem and still compiles what it can: a broken file does not stop
// the other files, a broken workflow does not stop the other workflows of its file.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { compareDiagnostics } from "../../src/diagnostics/diagnostic.js";
import { validateDefinition } from "../../src/emit/validate.js";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures/diagnostics/build", name);

describe("the build goes on", () => {
  // Named in an order the result must not follow: diagnostics are sorted, not in input order.
  const { workflows, diagnostics } = compile({ files: [fixture("mixed.ts"), fixture("fine.ts"), fixture("broken.ts")] });

  it("compiles the workflows of a clean file and the clean workflows of a file with a broken one", async () => {
    expect(workflows.map((w) => `${path.basename(w.file)} ${w.exportName}`).sort()).toEqual(["fine.ts fine", "mixed.ts good"]);
    for (const workflow of workflows) expect(await validateDefinition(workflow.definition)).toEqual([]);
  });

  it("reports every problem of every file, once, sorted by file, line and column", () => {
    expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`)).toEqual([
      "broken.ts:8:32 SS1350",
      "broken.ts:9:26 SS1352",
      "broken.ts:10:3 SS1005",
      "broken.ts:16:7 SS1356",
      "mixed.ts:11:42 SS1351",
    ]);
    expect([...diagnostics].sort(compareDiagnostics)).toEqual(diagnostics);
  });

  it("does not report a variable again where it is read when its declaration was reported", () => {
    // `doubled` and `upper` are declared by failing statements (lines 8 and 9) and read on 11 and 12.
    expect(diagnostics.filter((d) => d.line === 11 || d.line === 12).filter((d) => d.file === fixture("broken.ts"))).toEqual([]);
  });
});

describe("a workflow whose signature has a type problem", () => {
  it("is still analyzed, so its body's problems are reported in the same build", () => {
    const { diagnostics } = compile({ files: [fixture("signature.ts")] });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["5:38 SS1006", "7:31 SS1350", "8:3 SS1005"]);
  });
});
