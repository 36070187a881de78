/** validateDefinition: both ASL validators, each catching what the other misses. */
import { describe, expect, it } from "vitest";
import { validateDefinition } from "../../src/emit/validate.js";
import type { AslDefinition } from "../../src/types.js";

const FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder";

const valid: AslDefinition = {
  Comment: "validate, then decide",
  StartAt: "Validate",
  States: {
    Validate: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: FUNCTION_ARN, "Payload.$": "$" },
      ResultSelector: { "valid.$": "$.Payload.valid" },
      ResultPath: "$.check",
      Retry: [{ ErrorEquals: ["Lambda.ServiceException"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
      Next: "IsValid",
    },
    IsValid: {
      Type: "Choice",
      Choices: [{ Variable: "$.check.valid", BooleanEquals: false, Next: "Invalid" }],
      Default: "Done",
    },
    Invalid: { Type: "Fail", Error: "InvalidOrder", CausePath: "States.Format('order {} is invalid', $.orderId)" },
    Done: { Type: "Succeed" },
  },
};

/** `valid` with the state `name` changed by `change`. */
function withState(name: string, change: (state: Record<string, unknown>) => void): AslDefinition {
  const definition = structuredClone(valid);
  change(definition.States[name]);
  return definition;
}

const from = (validator: string) => (problems: string[]) => problems.filter((p) => p.startsWith(`${validator}:`));
const aslValidator = from("asl-validator");
const languageService = from("amazon-states-language-service");

describe("validateDefinition", () => {
  it("accepts a valid definition, and leaves it as it was", async () => {
    const definition = structuredClone(valid);
    expect(await validateDefinition(definition)).toEqual([]);
    expect(definition).toEqual(valid);
  });

  it("a bad path: asl-validator (checkPaths) rejects it", async () => {
    const problems = await validateDefinition(withState("Validate", (s) => (s.ResultSelector = { "valid.$": "Payload.valid" })));
    expect(aslValidator(problems)).toEqual([expect.stringContaining("/States/Validate/ResultSelector/valid.$")]);
  });

  it("a ResultPath that is not a reference path: asl-validator rejects it", async () => {
    const problems = await validateDefinition(withState("Validate", (s) => (s.ResultPath = "$.items[*]")));
    expect(aslValidator(problems)).toEqual([expect.stringContaining("/States/Validate/ResultPath")]);
  });

  it("a bad Resource ARN: asl-validator (checkArn) rejects it", async () => {
    const problems = await validateDefinition(withState("Validate", (s) => (s.Resource = "lambda:invoke")));
    expect(aslValidator(problems)).toEqual([expect.stringContaining("/States/Validate/Resource")]);
  });

  it("a missing Next target: both reject it", async () => {
    const problems = await validateDefinition(
      withState("IsValid", (s) => (s.Choices = [{ Variable: "$.check.valid", BooleanEquals: false, Next: "Nowhere" }])),
    );
    expect(aslValidator(problems)).toContainEqual(expect.stringContaining("target: Nowhere"));
    expect(languageService(problems)).toContainEqual(expect.stringContaining('"Next" property must be the name of an existing state'));
  });

  it("an unreachable state: both reject it", async () => {
    const definition = structuredClone(valid);
    definition.States.Orphan = { Type: "Pass", End: true };
    const problems = await validateDefinition(definition);
    expect(aslValidator(problems)).toEqual([expect.stringContaining("State Orphan is not reachable")]);
    expect(languageService(problems)).toEqual([expect.stringContaining("The state cannot be reached")]);
  });

  it("an ErrorPath intrinsic that does not return a string: only the language service rejects it", async () => {
    const problems = await validateDefinition(withState("Invalid", (s) => ((s.ErrorPath = "States.MathAdd(1, 2)"), delete s.Error)));
    expect(aslValidator(problems)).toEqual([]);
    expect(languageService(problems)).toEqual([expect.stringContaining("intrinsic function expression that returns a string")]);
  });

  it("a Map without ItemProcessor: only asl-validator rejects it", async () => {
    const definition = structuredClone(valid);
    definition.States.Done = { Type: "Map", End: true };
    const problems = await validateDefinition(definition);
    expect(aslValidator(problems)).toEqual([expect.stringContaining('"ItemProcessor", "Iterator"')]);
    expect(languageService(problems)).toEqual([]);
  });
});
