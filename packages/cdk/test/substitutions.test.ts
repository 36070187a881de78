import { describe, expect, it } from "vitest";
import type { Manifest } from "@stepscript/compiler";
import { checkSubstitutions } from "../src/substitutions.js";

const manifest = (placeholders: Manifest["placeholders"]): Manifest => ({
  name: "flow",
  type: "STANDARD",
  queryLanguage: "JSONPath",
  definition: "flow.asl.json",
  policy: "flow.policy.json",
  source: "flow.ts",
  placeholders,
  derivedPlaceholders: [],
  children: [],
});

describe("checking the substitutions against the manifest", () => {
  it("refuses a placeholder kind this version does not know, naming it", () => {
    const unknown = { name: "QueueThing", kind: "quantumQueue", integration: "arn:aws:states:::sqs:sendMessage", field: "QueueUrl", task: "send" } as unknown as Manifest["placeholders"][number];
    expect(() => checkSubstitutions(manifest([unknown]), { QueueThing: "x" })).toThrow(/the placeholder QueueThing is of a kind this version does not know \(quantumQueue\)/);
  });

  it("accepts exactly the placeholders, with values of their kind", () => {
    const topic = { name: "AlertsTopicArn", kind: "serviceResource" as const, integration: "arn:aws:states:::sns:publish", field: "TopicArn", task: "sns.publish", service: "SNS" };
    expect(() => checkSubstitutions(manifest([topic]), { AlertsTopicArn: "arn:aws:sns:us-east-1:123456789012:alerts" })).not.toThrow();
    expect(() => checkSubstitutions(manifest([topic]), { AlertsTopicArn: "alerts" })).toThrow(/the value of AlertsTopicArn is not an ARN: "alerts"/);
  });
});
