import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadAslValidator, type AslValidator } from "../../src/emit/aslValidator.js";

const published = createRequire(import.meta.url)("asl-validator") as AslValidator;
const options = { checkPaths: true, checkArn: true };

const definitions: Record<string, unknown> = {
  valid: {
    StartAt: "A",
    States: {
      A: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, Next: "B" },
      B: { Type: "Choice", Choices: [{ Variable: "$.x", StringEquals: "y", Next: "C" }], Default: "C" },
      C: { Type: "Succeed" },
    },
  },
  "a schema error (a bad path)": { StartAt: "A", States: { A: { Type: "Pass", OutputPath: "$$$", End: true } } },
  "an unknown field": { StartAt: "A", States: { A: { Type: "Pass", Resource: "x", End: true } } },
  "a missing transition target": { StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } },
  "a bad ARN": { StartAt: "A", States: { A: { Type: "Task", Resource: "not-an-arn", End: true } } },
  "two Wait durations": { StartAt: "A", States: { A: { Type: "Wait", Seconds: 1, SecondsPath: "$.s", End: true } } },
};

describe("loadAslValidator", () => {
  it("reports exactly what the published asl-validator reports, call after call with one compiled schema", () => {
    const validate = loadAslValidator();
    for (const round of [1, 2]) {
      for (const [name, definition] of Object.entries(definitions)) {
        const ours = validate(structuredClone(definition), options);
        const theirs = published(structuredClone(definition), options);
        expect(ours.errors, `${name}, round ${round}`).toEqual(theirs.errors);
        expect(ours.isValid, name).toBe(name === "valid");
      }
    }
  });
});
