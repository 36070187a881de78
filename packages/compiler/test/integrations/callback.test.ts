import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, LOCAL_TASK_TOKEN, sqs } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { approval, queued, requestApproval } from "../workflows/integrations/callback.js";

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
        tasks: [bind(sqs.sendMessage, ({ MessageBody }) => ({ MessageId: JSON.stringify(MessageBody), MD5OfMessageBody: "", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "" } }))],
        output: { messageId: JSON.stringify({ orderId: "o-9", token: LOCAL_TASK_TOKEN }) },
      },
    ]);
  });
});
