import path from "node:path";
import { describe, expect, it } from "vitest";
import { childPlaceholderName } from "../../src/analyze/resourceUses.js";
import { manifestOf } from "../../src/emit/manifest.js";
import { compileWorkflow } from "../harness/compile.js";

const file = path.join(import.meta.dirname, "../workflows/deploy/placeholders.ts");

describe("placeholder names", () => {
  it("are letters and digits: a child's `-` and `_` start a capital instead", () => {
    expect(["child-flow", "audit_trail", "reserve", "Enrich", "a--b__c"].map(childPlaceholderName)).toEqual([
      "childFlowArn",
      "auditTrailArn",
      "reserveArn",
      "EnrichArn",
      "aBCArn",
    ]);
  });
});

describe("the manifest", () => {
  it("records every placeholder with what it stands for, and every child, placeholder or literal ARN", async () => {
    const compiled = await compileWorkflow(file, "order");
    const at = (field: string, integration: string, task: string) => ({ field, integration, task });
    const manifest = manifestOf(compiled, path.join(import.meta.dirname, "out"));
    expect(manifest).toEqual({
      name: "order",
      type: "STANDARD",
      queryLanguage: "JSONPath",
      definition: "order.asl.json",
      policy: "order.policy.json",
      source: "../../workflows/deploy/placeholders.ts",
      placeholders: [
        { name: "AlertsTopicArn", kind: "serviceResource", ...at("TopicArn", "arn:aws:states:::sns:publish", "sns.publish"), service: "SNS" },
        { name: "OrdersQueueUrl", kind: "serviceResource", ...at("QueueUrl", "arn:aws:states:::sqs:sendMessage", "sqs.sendMessage"), service: "SQS" },
        { name: "ValidateOrderArn", kind: "lambdaFunction", ...at("FunctionName", "arn:aws:states:::lambda:invoke", "validateOrder") },
        { name: "childFlowArn", kind: "childWorkflow", ...at("StateMachineArn", "arn:aws:states:::states:startExecution", "child-flow"), workflow: "child-flow" },
      ],
      derivedPlaceholders: [
        { name: "OrdersQueueArn", from: "OrdersQueueUrl", part: "sqsQueueArn" },
        { name: "childFlowName", from: "childFlowArn", part: "stateMachineName" },
      ],
      children: [
        { name: "child-flow", placeholder: "childFlowArn" },
        { name: "audit_trail", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail" },
      ],
    });
    expect(compiled.substitutions).toEqual(["AlertsTopicArn", "OrdersQueueUrl", "ValidateOrderArn", "childFlowArn"]);
    const text = JSON.stringify(compiled.definition);
    for (const name of compiled.substitutions) expect(text).toContain(`"\${${name}}"`);
  });
});
