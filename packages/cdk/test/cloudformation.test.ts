// `stepscript build --cloudformation FILE`: the template loads into CfnInclude (which checks
// every resource property against CloudFormation's schema) and says what it must.
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { CfnInclude } from "aws-cdk-lib/cloudformation-include";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const workflows = join(import.meta.dirname, "workflows");
const cli = join(dirname(createRequire(import.meta.url).resolve("@stepscript/compiler/package.json")), "bin", "stepscript.js");
const out = mkdtempSync(join(tmpdir(), "stepscript-cfn-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(files: string[], template: string): { code: number; stdout: string } {
  try {
    const stdout = execFileSync(process.execPath, [cli, "build", ...files, "--project", join(workflows, "tsconfig.json"), "--out", join(out, "asl"), "--cloudformation", template], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, stdout: failed.stdout };
  }
}

describe("stepscript build --cloudformation", { timeout: 300_000 }, () => {
  const file = join(out, "approval.template.json");
  let outcome = { code: -1, stdout: "" };
  beforeAll(() => {
    outcome = build([join(workflows, "approval.ts"), join(workflows, "events.ts")], file);
  }, 300_000);

  it("writes one template that CfnInclude loads", () => {
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`approval.template.json (6 resources)`);
    const stack = new Stack(new App(), "Included");
    new CfnInclude(stack, "Workflows", { templateFile: file, parameters: { AlertsTopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", ValidateOrderArn: "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder" } });
    const template = Template.fromStack(stack);
    template.resourceCountIs("AWS::StepFunctions::StateMachine", 3);
    template.resourceCountIs("AWS::IAM::Role", 3);
  });

  it("has per workflow a role trusting Step Functions with the policy inline, and the state machine", () => {
    const template = Template.fromJSON(JSON.parse(readFileSync(file, "utf8")));
    template.hasResourceProperties("AWS::IAM::Role", {
      AssumeRolePolicyDocument: { Statement: [{ Effect: "Allow", Principal: { Service: "states.amazonaws.com" }, Action: "sts:AssumeRole" }] },
      Policies: [{ PolicyName: "ApprovalExecutionPolicy", PolicyDocument: { Version: "2012-10-17", Statement: Match.arrayWith([Match.objectLike({ Action: ["sns:Publish"], Resource: [{ "Fn::Sub": ["${AlertsTopicArn}", { AlertsTopicArn: { Ref: "AlertsTopicArn" } }] }] })]) } }],
    });
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      StateMachineType: "STANDARD",
      RoleArn: { "Fn::GetAtt": ["ApprovalRole", "Arn"] },
      DefinitionSubstitutions: { AlertsTopicArn: { Ref: "AlertsTopicArn" }, ValidateOrderArn: { Ref: "ValidateOrderArn" }, enrichArn: { Ref: "Enrich" } },
    });
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", { StateMachineType: "EXPRESS", RoleArn: { "Fn::GetAtt": ["EventsRole", "Arn"] } });
  });

  it("makes a Parameter of each placeholder not satisfied inside it, and outputs the ARNs", () => {
    const template = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.keys(template.Parameters).sort()).toEqual(["AlertsTopicArn", "ValidateOrderArn"]);
    expect(Object.keys(template.Outputs).sort()).toEqual(["ApprovalArn", "EnrichArn", "EventsArn"]);
    expect(template.Outputs.EnrichArn.Value).toEqual({ Ref: "Enrich" });
    // The child's executions, by the child's name.
    expect(JSON.stringify(template.Resources.ApprovalRole)).toContain('{"Fn::GetAtt":["Enrich","Name"]}');
  });

  it("derives a child's name and a queue's ARN from their Parameters when they are not built with it", () => {
    const template = join(out, "orders.template.json");
    expect(build([join(workflows, "orders.ts")], template).code).toBe(0);
    const stack = new Stack(new App(), "Orders");
    new CfnInclude(stack, "Workflows", { templateFile: template, parameters: { enrichArn: "arn:aws:states:us-east-1:123456789012:stateMachine:enrich", OrdersQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/orders" } });
    const text = JSON.parse(readFileSync(template, "utf8"));
    expect(Object.keys(text.Parameters).sort()).toEqual(["OrdersQueueUrl", "enrichArn"]);
    const policy = text.Resources.OrdersRole.Properties.Policies[0].PolicyDocument;
    const split = (separator: string, index: number, of: unknown) => ({ "Fn::Select": [index, { "Fn::Split": [separator, of] }] });
    const url = { Ref: "OrdersQueueUrl" };
    expect(policy.Statement).toEqual(
      expect.arrayContaining([
        {
          Effect: "Allow",
          Action: ["sqs:SendMessage"],
          Resource: [{ "Fn::Sub": ["${OrdersQueueArn}", { OrdersQueueArn: { "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ":sqs:", split(".", 1, split("/", 2, url)), ":", split("/", 3, url), ":", split("/", 4, url)]] } }] }],
        },
        {
          Effect: "Allow",
          Action: ["states:DescribeExecution", "states:StartExecution", "states:StopExecution"],
          Resource: [
            { "Fn::Sub": ["${enrichArn}", { enrichArn: { Ref: "enrichArn" } }] },
            { "Fn::Sub": ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${enrichName}:*", { enrichName: split(":", 6, { Ref: "enrichArn" }) }] },
          ],
        },
      ]),
    );
  });

  it("writes no template when the build has errors", () => {
    const broken = join(out, "broken.template.json");
    const failed = build([join(workflows, "broken.ts"), join(workflows, "events.ts")], broken);
    expect(failed.code).toBe(1);
    expect(existsSync(broken)).toBe(false);
  });
});
