import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { LogLevel } from "aws-cdk-lib/aws-stepfunctions";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StepscriptStateMachine } from "../src/index.js";

const workflows = join(import.meta.dirname, "workflows");
const approvalFile = join(workflows, "approval.ts");
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder";

function approvalStack() {
  const stack = new Stack(new App(), "Approval");
  const topic = new Topic(stack, "Alerts");
  const enrich = new StepscriptStateMachine(stack, "Enrich", { entry: approvalFile, workflow: "enrich" });
  const approval = new StepscriptStateMachine(stack, "ApprovalMachine", {
    entry: approvalFile,
    workflow: "approval",
    substitutions: { enrichArn: enrich.stateMachineArn, AlertsTopicArn: topic.topicArn, ValidateOrderArn: LAMBDA },
  });
  return { stack, topic, enrich, approval };
}

/** The statements of the inline policy attached to the role of the state machine `id`. */
function roleStatements(template: Template, machineId: string): unknown[] {
  const machine = Object.values(template.findResources("AWS::StepFunctions::StateMachine")).find((m) => JSON.stringify(m).includes(machineId)) as { Properties: { RoleArn: { "Fn::GetAtt": [string, string] } } };
  const roleId = machine.Properties.RoleArn["Fn::GetAtt"][0];
  const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) => JSON.stringify(p).includes(roleId)) as { Properties: { PolicyDocument: { Statement: unknown[] } } }[];
  return policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
}

// Each construct runs the compiler at synth; on a busy machine that takes a while.
describe("StepscriptStateMachine", { timeout: 300_000 }, () => {
  it("inlines the definition, fills the placeholders, and wires the child by its ARN", () => {
    const { stack } = approvalStack();
    const template = Template.fromStack(stack);
    template.resourceCountIs("AWS::StepFunctions::StateMachine", 2);
    const machines = template.findResources("AWS::StepFunctions::StateMachine");
    const approval = Object.entries(machines).find(([id]) => id.startsWith("ApprovalMachine"))![1] as { Properties: Record<string, unknown> };
    expect(approval.Properties.StateMachineType).toBe("STANDARD");
    expect(typeof approval.Properties.DefinitionString).toBe("string");
    expect(approval.Properties.DefinitionString).toContain("${enrichArn}");
    expect(approval.Properties.DefinitionS3Location).toBeUndefined();
    expect(approval.Properties.DefinitionSubstitutions).toEqual({
      enrichArn: { Ref: expect.stringMatching(/^Enrich/) },
      AlertsTopicArn: { Ref: expect.stringMatching(/^Alerts/) },
      ValidateOrderArn: LAMBDA,
    });
  });

  it("gives the role exactly the generated statements, with placeholders resolved", () => {
    const { stack } = approvalStack();
    const statements = roleStatements(Template.fromStack(stack), "ApprovalMachine");
    const pseudo = (rest: unknown[]) => ({ "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ...rest]] });
    const enrich = { Ref: expect.stringMatching(/^Enrich/) };
    expect(statements).toEqual([
      { Action: ["events:DescribeRule", "events:PutRule", "events:PutTargets"], Effect: "Allow", Resource: pseudo([":events:", { Ref: "AWS::Region" }, ":", { Ref: "AWS::AccountId" }, ":rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]) },
      { Action: "lambda:InvokeFunction", Effect: "Allow", Resource: [LAMBDA, `${LAMBDA}:*`] },
      { Action: "sns:Publish", Effect: "Allow", Resource: { Ref: expect.stringMatching(/^Alerts/) } },
      {
        Action: ["states:DescribeExecution", "states:StartExecution", "states:StopExecution"],
        Effect: "Allow",
        // The child's executions are named after the child, whose name is taken from its ARN.
        Resource: [enrich, pseudo([":states:", { Ref: "AWS::Region" }, ":", { Ref: "AWS::AccountId" }, ":execution:", { "Fn::Select": [6, { "Fn::Split": [":", enrich] }] }, ":*"])],
      },
    ]);
  });

  it("lets grants, names and the other props of a StateMachine pass through", () => {
    const { stack, approval } = approvalStack();
    const api = new Role(stack, "Api", { assumedBy: new ServicePrincipal("apigateway.amazonaws.com") });
    approval.grantStartExecution(api);
    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::IAM::Policy", {
      Roles: [{ Ref: Match.stringLikeRegexp("^Api") }],
      PolicyDocument: { Statement: [Match.objectLike({ Action: "states:StartExecution", Resource: { Ref: Match.stringLikeRegexp("^ApprovalMachine") } })] },
    });
  });

  it("takes the file's only workflow by default; an EXPRESS workflow with logs gets log delivery", () => {
    const stack = new Stack(new App(), "Events");
    const logs = new LogGroup(stack, "Logs");
    new StepscriptStateMachine(stack, "Events", { entry: join(workflows, "events.ts"), stateMachineName: "events-prod", logs: { destination: logs, level: LogLevel.ALL } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", { StateMachineType: "EXPRESS", StateMachineName: "events-prod", LoggingConfiguration: Match.objectLike({ Level: "ALL" }) });
    const text = JSON.stringify(template.findResources("AWS::IAM::Policy"));
    expect(text).toContain("logs:CreateLogDelivery");
    expect(text).toContain("lambda:InvokeFunction");
  });

  it("fails the synth, naming it, on a missing or unused substitution or a value that is not an ARN", () => {
    const stack = new Stack(new App(), "Bad");
    const base = { entry: approvalFile, workflow: "approval" };
    expect(() => new StepscriptStateMachine(stack, "A", { ...base, substitutions: { enrichArn: "arn:aws:states:us-east-1:123456789012:stateMachine:enrich", ValidateOrderArn: LAMBDA } })).toThrow(/no value for the placeholder AlertsTopicArn/);
    expect(() => new StepscriptStateMachine(stack, "B", { ...base, substitutions: { enrichArn: "arn:aws:states:us-east-1:123456789012:stateMachine:enrich", ValidateOrderArn: LAMBDA, AlertsTopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", Extra: "x" } })).toThrow(/Extra is not a placeholder of approval/);
    expect(() => new StepscriptStateMachine(stack, "C", { ...base, substitutions: { enrichArn: "enrich", ValidateOrderArn: LAMBDA, AlertsTopicArn: "arn:aws:sns:us-east-1:123456789012:alerts" } })).toThrow(/enrichArn is not a state machine ARN/);
    expect(() => new StepscriptStateMachine(stack, "D", { entry: approvalFile })).toThrow(/declares 2 workflows \(approval, enrich\)/);
    expect(Template.fromStack(stack).findResources("AWS::StepFunctions::StateMachine")).toEqual({});
  });

  it("fails the synth with the CLI's diagnostics when the workflow does not compile", () => {
    const stack = new Stack(new App(), "Broken");
    expect(() => new StepscriptStateMachine(stack, "Broken", { entry: join(workflows, "broken.ts") })).toThrow(/broken\.ts:5:3 - error SS1005: /);
  });
});
