import { describe, expect, it } from "vitest";
import { locateExport, positionAt } from "../../src/emit/locate.js";
import { countStates } from "../../src/emit/states.js";

describe("countStates", () => {
  it("counts nested Parallel branches and Map processors (and the older Iterator)", () => {
    expect(
      countStates({
        States: {
          P: { Type: "Parallel", Branches: [{ States: { A: {}, B: {} } }, { States: { C: {} } }] },
          M: { Type: "Map", ItemProcessor: { States: { D: {} } } },
          I: { Type: "Map", Iterator: { States: { E: {}, F: {} } } },
        },
      }),
    ).toBe(9);
  });

  it("counts an empty definition as 0", () => {
    expect(countStates({ States: {} })).toBe(0);
  });
});

describe("locateExport", () => {
  it("points at the exported const's name", () => {
    const source = 'import { workflow } from "@stepscript/dsl";\n\nexport const processOrder = workflow(async () => {});\n';
    expect(locateExport(source, "processOrder")).toEqual({ line: 3, column: 14, length: 12 });
  });

  it("does not take a longer name that starts with the same letters", () => {
    const source = "export const flowTwo = workflow(f);\nexport const flow = workflow(g);\n";
    expect(locateExport(source, "flow")).toEqual({ line: 2, column: 14, length: 4 });
  });

  it("handles names with $ and falls back to the start of the file", () => {
    expect(locateExport("export const $flow = 1;", "$flow")).toEqual({ line: 1, column: 14, length: 5 });
    expect(locateExport("nothing here", "absent")).toEqual({ line: 1, column: 1, length: 0 });
  });

  it("counts lines and columns from 1", () => {
    expect(positionAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
