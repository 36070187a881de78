import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { childWorkflows } from "../harness/engine.js";
import * as flows from "../workflows/lang/lineage.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/lineage.ts");
const recorded = bind(flows.record, () => null);

describe("nested executions carry lineage", () => {
  it("pass AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID ($$.Execution.Id), except to a child that uses its whole input", async () => {
    const parent = await compileWorkflow(fixture, "lineageParent");
    const states = parent.definition.States as Record<string, { Parameters?: Record<string, unknown> }>;
    expect(states.child.Parameters?.Input).toMatchObject({ "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" });
    expect(states["child (2)"].Parameters?.["Input.$"]).toContain("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID");
    expect(JSON.stringify(states.wholeChild.Parameters)).not.toContain("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID");
    const workflows = { ...childWorkflows(await compileWorkflow(fixture, "child")), ...childWorkflows(await compileWorkflow(fixture, "wholeChild")) };
    await expectSameBehaviour(flows.lineageParent, parent, [
      { input: { id: "a", n: 2 }, tasks: [recorded], output: { built: { id: "a", doubled: 4 }, passed: { id: "a", doubled: 4 }, whole: { id: "a", n: 2 } } },
      { input: { id: "", n: 0 }, tasks: [recorded], output: { built: { id: "", doubled: 0 }, passed: { id: "", doubled: 0 }, whole: { id: "", n: 0 } } },
    ], { workflows });
  });
});
