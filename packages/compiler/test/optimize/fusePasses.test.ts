import { describe, expect, it } from "vitest";
import { fusePasses } from "../../src/optimize/fusePasses.js";
import type { AslDefinition } from "../../src/types.js";

const machine = (States: AslDefinition["States"]): AslDefinition => ({ StartAt: "A", States });

describe("fusePasses", () => {
  it("folds literal variables set one after another into the Pass that starts the data", () => {
    const fused = fusePasses(
      machine({
        A: { Type: "Pass", Result: { a: "" }, Next: "B" },
        B: { Type: "Pass", Result: 0, ResultPath: "$.b", Next: "C" },
        C: { Type: "Pass", Parameters: { "id.$": "$$.Execution.Id" }, ResultPath: "$.c", Next: "T" },
        T: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", End: true },
      }),
    );
    expect(fused.States).toEqual({
      A: { Type: "Pass", Parameters: { a: "", b: 0, c: { "id.$": "$$.Execution.Id" } }, Next: "T" },
      T: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", End: true },
    });
  });

  it("leaves alone a Pass that reads the data, one reached from elsewhere, and one after a partial write", () => {
    const reads = machine({
      A: { Type: "Pass", Result: { a: 1 }, Next: "B" },
      B: { Type: "Pass", Parameters: { "x.$": "$.a" }, ResultPath: "$.b", End: true },
    });
    expect(fusePasses(reads)).toEqual(reads);
    const joined = machine({
      A: { Type: "Pass", Result: { a: 1 }, Next: "B" },
      B: { Type: "Pass", Result: 2, ResultPath: "$.b", Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$.b", NumericEquals: 2, Next: "B" }], Default: "D" },
      D: { Type: "Succeed" },
    });
    expect(fusePasses(joined)).toEqual(joined);
    const partial = machine({
      A: { Type: "Pass", Result: 1, ResultPath: "$.a", Next: "B" },
      B: { Type: "Pass", Result: 2, ResultPath: "$.b", End: true },
    });
    expect(fusePasses(partial)).toEqual(partial);
  });

  it("keeps a null inside an array out of Parameters", () => {
    const nullInArray = machine({
      A: { Type: "Pass", Parameters: { "a.$": "$$.Execution.Id" }, Next: "B" },
      B: { Type: "Pass", Result: [1, null], ResultPath: "$.b", End: true },
    });
    expect(fusePasses(nullInArray)).toEqual(nullInArray);
  });
});

describe("fusePasses after a Task that builds the whole data", () => {
  it("adds a literal variable to the Task's ResultSelector", () => {
    const fused = fusePasses(
      machine({
        A: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", ResultSelector: { "job.$": "$" }, ResultPath: "$", Retry: [], Next: "B" },
        B: { Type: "Pass", Result: { value: 0 }, ResultPath: "$.attempts", Next: "C" },
        C: { Type: "Succeed" },
      }),
    );
    expect(fused.States).toEqual({
      A: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", ResultSelector: { "job.$": "$", attempts: { value: 0 } }, ResultPath: "$", Retry: [], Next: "C" },
      C: { Type: "Succeed" },
    });
    expect(Object.keys(fused.States.A)).toEqual(["Type", "Resource", "ResultSelector", "ResultPath", "Retry", "Next"]);
  });

  it("adds nothing computed: ResultSelector reads the result, not the data", () => {
    const computed = machine({
      A: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", ResultSelector: { "job.$": "$" }, ResultPath: "$", Next: "B" },
      B: { Type: "Pass", Parameters: { "id.$": "$$.Execution.Id" }, ResultPath: "$.id", End: true },
    });
    expect(fusePasses(computed)).toEqual(computed);
    const partial = machine({
      A: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", ResultPath: "$.job", Next: "B" },
      B: { Type: "Pass", Result: 0, ResultPath: "$.attempts", End: true },
    });
    expect(fusePasses(partial)).toEqual(partial);
  });
});
