import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";

const fixture = path.join(import.meta.dirname, "../fixtures/diagnostics/loops.ts");

describe("loop and arithmetic diagnostics", () => {
  it("reports each refusal at its exact position", async () => {
    const { diagnostics } = await compile({ files: [fixture] });
    const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    for (const expected of [
      "6:3 SS1150", // outer: for …
      "14:3 SS1151", // for (const key in …)
      "20:27 SS1350", // input.n * 2
      "22:8 SS1350", // half /= 2
      "27:30 SS1153", // input.total - input.done
      "33:19 SS1154", // price + 0.5
      "39:9 SS1155", // let found: number | undefined; in a loop
      "46:13 SS1002", // input.name.length
    ]) {
      expect(found).toContain(expected);
    }
  });

  it("says what to do instead", async () => {
    const { diagnostics } = await compile({ files: [fixture] });
    const byCode = (code: string) => diagnostics.find((d) => d.code === code)!;
    expect(byCode("SS1150").message).toBe("the label `outer:`: labels and labeled `break` / `continue` are not supported in a workflow body");
    expect(byCode("SS1350").hint).toContain("task");
    // JSONata is refused (SS1009), so no hint may suggest it.
    expect(diagnostics.map((d) => d.hint).join("\n")).not.toMatch(/JSONata/);
    expect(byCode("SS1153").message).toBe("subtracting `input.done`: States.MathAdd can add a value but JSONPath has no way to negate one");
    expect(diagnostics.find((d) => d.line === 46)!.message).toContain("`.length` of a string");
  });
});
