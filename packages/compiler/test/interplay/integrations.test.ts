import path from "node:path";
import { describe, it } from "vitest";
import { bind, LOCAL_TASK_TOKEN, sqs } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { childWorkflows } from "../harness/engine.js";
import * as w from "../workflows/interplay/integrations.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/integrations.ts");
const checked = bind(w.check, ({ id }) => ({ score: id.length }));
const approve = (approved: boolean) => bind(w.askHuman, ({ token }) => ({ approved: approved && token === LOCAL_TASK_TOKEN }));

describe("integrations with errors, concurrency and loops", () => {
  it("a nested workflow and a callback inside try/catch", async () => {
    const compiled = await compileWorkflow(file, "nestedInTry");
    const workflows = childWorkflows(await compileWorkflow(file, "childCheck"));
    await expectSameBehaviour(w.nestedInTry, compiled, [
      { name: "approved", input: { id: "abc", amount: 2 }, tasks: [checked, approve(true)], output: { score: 5, caught: "" } },
      { name: "rejected: thrown and caught", input: { id: "abc", amount: 2 }, tasks: [checked, approve(false)], output: { score: 5, caught: "Rejected" } },
      { name: "the child fails: States.TaskFailed", input: { id: "x", amount: -1 }, tasks: [checked, approve(true)], output: { score: 0, caught: "States.TaskFailed" } },
      {
        name: "the callback times out",
        input: { id: "x", amount: 0 },
        tasks: [checked, bind(w.askHuman, () => { throw Object.assign(new Error("late"), { name: "States.Timeout" }); })],
        output: { score: 1, caught: "States.Timeout" },
      },
    ], { workflows });
  });

  it("nested workflows and callbacks inside Map and Parallel", async () => {
    const compiled = await compileWorkflow(file, "nestedInConcurrency");
    const workflows = childWorkflows(await compileWorkflow(file, "childCheck"));
    await expectSameBehaviour(w.nestedInConcurrency, compiled, [
      { name: "all fine", input: { ids: ["a", "bb"], amount: 1 }, tasks: [checked, approve(true)], output: { scores: [2, 3], approval: true, first: 6 } },
      { name: "children fail, caught per iteration", input: { ids: ["a", "bb", "ccc"], amount: -5 }, tasks: [checked, approve(false)], output: { scores: [-1, -1, -1], approval: false, first: 6 } },
      { name: "no ids", input: { ids: [], amount: 0 }, tasks: [checked, approve(true)], output: { scores: [], approval: true, first: 6 } },
      {
        name: "a failing callback fails the Parallel",
        input: { ids: [], amount: 0 },
        tasks: [checked, bind(w.askHuman, () => { throw Object.assign(new Error("no"), { name: "Denied" }); })],
        error: "Denied",
        cause: "no",
      },
    ], { workflows, calls: "unordered" });
  });

  it("an SQS message per iteration", async () => {
    const compiled = await compileWorkflow(file, "sendInLoop");
    const sent = bind(sqs.sendMessage, ({ MessageBody }) => ({ MessageId: `m-${JSON.stringify(MessageBody)}`, MD5OfMessageBody: "x" }));
    await expectSameBehaviour(w.sendInLoop, compiled, [
      { name: "none", input: { ids: [] }, tasks: [sent], output: { sent: 0, lastId: "" } },
      { name: "skips empty ids", input: { ids: ["a", "", "b"] }, tasks: [sent], output: { sent: 2, lastId: 'm-{"id":"b","position":1}' } },
    ]);
  });
});
