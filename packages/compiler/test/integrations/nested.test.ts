import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { childWorkflows } from "../harness/engine.js";
import { audit, parent, passthrough, score, scoreItem } from "../workflows/integrations/nested.js";

const file = path.join(import.meta.dirname, "../workflows/integrations/nested.ts");

describe("nested workflows", () => {
  it("starts the child with startExecution.sync:2 and reads its Output", async () => {
    const compiled = await compileWorkflow(file, "parent");
    expect(compiled.substitutions).toEqual(["scoreItemArn"]);
    expect(compiled.definition.States.scoreItem).toMatchObject({
      Type: "Task",
      Resource: "arn:aws:states:::states:startExecution.sync:2",
      Parameters: { StateMachineArn: "${scoreItemArn}", Input: { "id.$": "$$.Execution.Input.id", "amount.$": "$$.Execution.Input.amount" } },
      ResultSelector: { scored: { "Output.$": "$.Output" } },
    });
    expect(compiled.definition.States["audit-trail"]).toMatchObject({
      Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail" },
    });
    const child = await compileWorkflow(file, "scoreItem");
    expect(child.substitutions).toEqual([]);
  });

  it("behaves as its TypeScript: child outputs, child failures as States.TaskFailed", async () => {
    const compiled = await compileWorkflow(file, "parent");
    const workflows = {
      ...childWorkflows(await compileWorkflow(file, "scoreItem")),
      "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail": await compileWorkflow(file, "audit"),
    };
    const scoring = (value: number) => bind(score, () => ({ score: value }));
    await expectSameBehaviour(parent, compiled, [
      { name: "high score is audited", input: { id: "a", amount: 10 }, tasks: [scoring(9)], output: { id: "a", score: 9, audited: "a" } },
      { name: "score 5 is not", input: { id: "b", amount: 10 }, tasks: [scoring(5)], output: { id: "b", score: 5, audited: "" } },
      { name: "score 6 is", input: { id: "c", amount: 100 }, tasks: [scoring(6)], output: { id: "c", score: 6, audited: "c" } },
      {
        name: "the child's failure fails the parent's task",
        input: { id: "d", amount: 101 },
        tasks: [scoring(1)],
        error: "States.TaskFailed",
        cause: JSON.stringify({ Status: "FAILED", Error: "TooLarge", Cause: "amount 101" }),
      },
      {
        name: "a task failing inside the child",
        input: { id: "e", amount: 1 },
        tasks: [bind(score, () => { throw Object.assign(new Error("model offline"), { name: "ScoreDown" }); })],
        error: "States.TaskFailed",
        cause: JSON.stringify({ Status: "FAILED", Error: "ScoreDown", Cause: "model offline" }),
      },
    ], { workflows });
    void audit;
  });

  it("returns the child's output as is with OutputPath", async () => {
    const compiled = await compileWorkflow(file, "passthrough");
    expect(compiled.definition.States.scoreItem).toMatchObject({ OutputPath: "$.Output", End: true });
    await expectSameBehaviour(passthrough, compiled, [
      { input: { id: "x", amount: 0 }, tasks: [bind(score, () => ({ score: 0 }))], output: { id: "x", score: 0 } },
    ], { workflows: childWorkflows(await compileWorkflow(file, "scoreItem")) });
    void scoreItem;
  });
});
