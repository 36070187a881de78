// Nested graphs are optimized alone, so a copy a pass makes in one (`note (5)`) could take a name
// another graph has: found by the differential fuzz with generated state names (issue 15).
import { describe, expect, it } from "vitest";
import { uniqueNames } from "../../src/optimize/uniqueNames.js";
import type { AslDefinition } from "../../src/types.js";

describe("uniqueNames", () => {
  it("renames the later of two equal names across a Parallel branch, with its transitions", () => {
    const definition: AslDefinition = {
      StartAt: "note (5)",
      States: {
        "note (5)": { Type: "Pass", Next: "P" },
        P: {
          Type: "Parallel",
          Branches: [
            {
              StartAt: "note (5)",
              States: {
                "note (5)": { Type: "Choice", Choices: [{ Variable: "$.a", IsPresent: true, Next: "note (6)" }], Default: "note (5) (2)" },
                "note (6)": { Type: "Pass", Catch: [], Next: "note (5) (2)" },
                "note (5) (2)": { Type: "Succeed" },
              },
            },
          ],
          End: true,
        },
      },
    };
    const branch = (uniqueNames(definition).States.P.Branches as AslDefinition[])[0];
    expect(branch.StartAt).toBe("note (2)");
    expect(Object.keys(branch.States)).toEqual(["note (2)", "note (6)", "note (5) (2)"]);
    expect(branch.States["note (2)"]).toMatchObject({ Choices: [{ Next: "note (6)" }], Default: "note (5) (2)" });
    expect(uniqueNames(definition).States["note (5)"]).toEqual(definition.States["note (5)"]);
  });

  it("leaves a definition whose names are unique as it is", () => {
    const definition: AslDefinition = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } };
    expect(uniqueNames(definition)).toEqual(definition);
  });
});
