import { describe, expect, it } from "vitest";
import { mergeChoices } from "../../src/optimize/mergeChoices.js";
import type { AslDefinition } from "../../src/types.js";

const end = (result: string) => ({ Type: "Pass", Result: result, End: true });
const rule = (value: number, next: string) => ({ Variable: "$.n", NumericEquals: value, Next: next });

describe("mergeChoices", () => {
  it("merges a chain of Defaults into one Choice, keeping rule order and the last Default", () => {
    const definition: AslDefinition = {
      StartAt: "A",
      States: {
        A: { Type: "Choice", Choices: [rule(1, "One")], Default: "B" },
        B: { Type: "Choice", Choices: [rule(2, "Two")], Default: "C" },
        C: { Type: "Choice", Choices: [rule(3, "Three")], Default: "Other" },
        One: end("1"), Two: end("2"), Three: end("3"), Other: end("other"),
      },
    };
    const merged = mergeChoices(definition);
    expect(merged.States.A).toEqual({ Type: "Choice", Choices: [rule(1, "One"), rule(2, "Two"), rule(3, "Three")], Default: "Other" });
    expect(Object.keys(merged.States).sort()).toEqual(["A", "One", "Other", "Three", "Two"]);
  });

  it("keeps a Default without one when the inner Choice has none", () => {
    const merged = mergeChoices({
      StartAt: "A",
      States: {
        A: { Type: "Choice", Choices: [rule(1, "One")], Default: "B" },
        B: { Type: "Choice", Choices: [rule(2, "One")] },
        One: end("1"),
      },
    });
    expect(merged.States.A).toEqual({ Type: "Choice", Choices: [rule(1, "One"), rule(2, "One")] });
  });

  it("merges a Choice that is the whole of a rule's branch under that rule's test", () => {
    const merged = mergeChoices({
      StartAt: "A",
      States: {
        A: { Type: "Choice", Choices: [rule(1, "B"), rule(9, "Nine")], Default: "Other" },
        B: { Type: "Choice", Choices: [{ Variable: "$.s", StringEquals: "x", Next: "X" }], Default: "NotX" },
        X: end("x"), NotX: end("not x"), Nine: end("9"), Other: end("other"),
      },
    });
    const test = { Variable: "$.n", NumericEquals: 1 };
    expect(merged.States.A).toEqual({
      Type: "Choice",
      Choices: [
        { And: [test, { Variable: "$.s", StringEquals: "x" }], Next: "X" },
        { ...test, Next: "NotX" },
        rule(9, "Nine"),
      ],
      Default: "Other",
    });
    expect(merged.States.B).toBeUndefined();
  });

  it("leaves Choices reached from elsewhere, and rule targets without a Default", () => {
    const definition: AslDefinition = {
      StartAt: "A",
      States: {
        A: { Type: "Choice", Choices: [rule(1, "B"), rule(2, "C")], Default: "B" },
        B: { Type: "Choice", Choices: [rule(3, "One")], Default: "One" },
        C: { Type: "Choice", Choices: [rule(4, "One")] },
        One: end("1"),
      },
    };
    expect(mergeChoices(definition)).toEqual(definition);
  });
});
