import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, ecs, LOCAL_TASK_TOKEN, sqs, states } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { approval, delegated, queued, requestApproval } from "../workflows/integrations/callback.js";

const file = path.join(import.meta.dirname, "../workflows/integrations/callback.ts");

describe("waitForTaskToken", () => {
  it("appends .waitForTaskToken and passes $$.Task.Token where the token is used", async () => {
    const { definition } = await compileWorkflow(file, "approval");
    expect(definition.States.requestApproval).toMatchObject({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: {
        FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:RequestApproval",
        Payload: { "orderId.$": "$$.Execution.Input.orderId", "amount.$": "$$.Execution.Input.amount", "token.$": "$$.Task.Token" },
      },
      TimeoutSeconds: 3600,
      HeartbeatSeconds: 600,
    });
    // The callback's result is what SendTaskSuccess sends: no Payload to select.
    expect(JSON.stringify(definition)).not.toContain("$.Payload");
    const other = await compileWorkflow(file, "queued");
    expect(other.definition.States["sqs.sendMessage"]).toMatchObject({
      Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      Parameters: { MessageBody: { "orderId.$": "$$.Execution.Input.orderId", "token.$": "$$.Task.Token" } },
    });
  });

  it("behaves as its TypeScript: the implementation's result is the callback's", async () => {
    const compiled = await compileWorkflow(file, "approval");
    await expectSameBehaviour(approval, compiled, [
      { name: "approved", input: { orderId: "o-1", amount: 5 }, tasks: [bind(requestApproval, ({ token }) => ({ approved: true, by: token }))], output: { orderId: "o-1", status: "approved", by: LOCAL_TASK_TOKEN } },
      { name: "rejected", input: { orderId: "o-2", amount: 0 }, tasks: [bind(requestApproval, () => ({ approved: false, by: "ann" }))], output: { orderId: "o-2", status: "rejected", by: "ann" } },
      {
        name: "SendTaskFailure fails the execution",
        input: { orderId: "o-3", amount: 1 },
        tasks: [bind(requestApproval, () => { throw Object.assign(new Error("nobody answered"), { name: "States.Timeout" }); })],
        error: "States.Timeout",
      },
    ]);
  });

  it("works with service integrations too", async () => {
    const compiled = await compileWorkflow(file, "queued");
    await expectSameBehaviour(queued, compiled, [
      {
        input: { orderId: "o-9" },
        // Locally the implementation returns what the consumer would send back with SendTaskSuccess.
        tasks: [bind(sqs.sendMessage, ({ MessageBody }) => ({ handledBy: JSON.stringify(MessageBody) }) as never)],
        output: { handledBy: JSON.stringify({ orderId: "o-9", token: LOCAL_TASK_TOKEN }) },
      },
    ]);
  });

  it("runs a job-style integration's callback with .waitForTaskToken instead of .sync, typed by what comes back", async () => {
    const compiled = await compileWorkflow(file, "delegated");
    const resources = Object.values(compiled.definition.States).filter((state) => state.Type === "Task").map((state) => state.Resource);
    expect(resources).toEqual(["arn:aws:states:::ecs:runTask.waitForTaskToken", "arn:aws:states:::states:startExecution.waitForTaskToken"]);
    await expectSameBehaviour(delegated, compiled, [
      {
        input: { job: "j-1" },
        tasks: [
          bind(ecs.runTask, ({ Overrides }) => ({ handledBy: JSON.stringify(Overrides) }) as never),
          bind(states.startExecution, ({ Input }) => ({ handledBy: JSON.stringify(Input) }) as never),
        ],
        output: {
          container: JSON.stringify({ ContainerOverrides: [{ Name: "worker", Environment: [{ Name: "TASK_TOKEN", Value: LOCAL_TASK_TOKEN }, { Name: "JOB", Value: "j-1" }] }] }),
          child: JSON.stringify({ job: "j-1", token: LOCAL_TASK_TOKEN }),
        },
      },
      {
        name: "the child fails: the callback's failure fails the execution",
        input: { job: "" },
        tasks: [
          bind(ecs.runTask, () => ({ handledBy: "" }) as never),
          bind(states.startExecution, () => { throw Object.assign(new Error("rejected"), { name: "Legacy.Rejected" }); }),
        ],
        error: "Legacy.Rejected",
      },
    ]);
  });
});
