import { describe, expect, it } from "vitest";
import { mergeFails } from "../../src/optimize/mergeFails.js";
import type { AslDefinition } from "../../src/types.js";

const fail = (error: string) => ({ Type: "Fail", Error: error, Cause: "c" });

describe("mergeFails", () => {
  it("sends every transition to a copy of a Fail to the first one, and leaves different Fails alone", () => {
    const definition: AslDefinition = {
      StartAt: "Task",
      States: {
        Task: { Type: "Task", Resource: "r", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Fail A" }], Next: "Check" },
        "Fail A": fail("A"),
        Check: { Type: "Choice", Choices: [{ Variable: "$.x", IsNull: true, Next: "Fail A (2)" }], Default: "Fail B" },
        "Fail A (2)": fail("A"),
        "Fail B": fail("B"),
      },
    };
    const merged = mergeFails(definition);
    expect(merged.States.Check).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", IsNull: true, Next: "Fail A" }], Default: "Fail B" });
    expect(merged.States.Task.Catch).toEqual([{ ErrorEquals: ["States.ALL"], Next: "Fail A" }]);
    // The input is not modified.
    expect((definition.States.Check.Choices as { Next: string }[])[0].Next).toBe("Fail A (2)");
  });

  it("returns the definition as is without copies", () => {
    const definition: AslDefinition = { StartAt: "F", States: { F: fail("A") } };
    expect(mergeFails(definition)).toBe(definition);
  });
});
