import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { allStateTypesScenarios } from "../../bench/scenarios/all-state-types.js";
import { allStateTypes } from "./workflow.js";

describe("all state types", () => {
  it("uses every state type once, with MaxConcurrency 2 on the Map", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "allStateTypes");
    const states = Object.values(compiled.definition.States);
    expect(new Set(states.map((s) => s.Type))).toEqual(new Set(["Pass", "Wait", "Task", "Choice", "Parallel", "Map", "Succeed", "Fail"]));
    expect(states.find((s) => s.Type === "Map")?.MaxConcurrency).toBe(2);
    expect(compiled.definition.Comment).toBe("All Step Functions state types example");
    // As in the hand-written definition: the Task's Catch and the failed check lead to one Fail.
    const fails = Object.entries(compiled.definition.States).filter(([, s]) => s.Type === "Fail");
    expect(fails).toEqual([["Fail ProcessingError", { Type: "Fail", Error: "ProcessingError", Cause: "the data could not be processed" }]]);
    expect(compiled.definition.States.processData.Catch).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: null, Next: "Fail ProcessingError" }]);
  });

  it("behaves as its TypeScript on every path", async () => {
    await expectSameBehaviour(allStateTypes, allStateTypesScenarios.cases, { calls: "unordered" });
  });
});
