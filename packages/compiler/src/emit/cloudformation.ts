import type { CompiledWorkflow, Placeholder } from "../types.js";
import type { DerivedPlaceholder, PolicyDocument } from "./policy.js";

/** Step Functions' trust policy for an execution role (the seed's `stepfunctions-trust-policy.json`). */
export const TRUST_POLICY = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "states.amazonaws.com" }, Action: "sts:AssumeRole" }],
} as const;

type Intrinsic = Record<string, unknown>;
type Template = {
  AWSTemplateFormatVersion: "2010-09-09";
  Description: string;
  Parameters?: Record<string, { Type: "String"; Description: string }>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs: Record<string, { Description: string; Value: Intrinsic }>;
};

/** The logical ID of a workflow's resources: its name in PascalCase, letters and digits only. */
export function logicalIdOf(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

/**
 * One CloudFormation template for the workflows built: per workflow an execution role that trusts
 * Step Functions with the generated policy inline, and the state machine with its definition
 * inline and its placeholders as DefinitionSubstitutions. A child built in the same template is
 * wired to its parents by `Ref` (its ARN) and `Fn::GetAtt … Name`; every other placeholder is a
 * template Parameter. A workflow with a Distributed Map is given its own name as StateMachineName,
 * since its policy names the executions it starts of itself.
 */
export function cloudFormationTemplate(workflows: readonly CompiledWorkflow[]): Template {
  const byName = new Map(workflows.map((w) => [w.name, w]));
  const template: Template = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `Stepscript workflows: ${workflows.map((w) => w.name).join(", ")}`,
    Resources: {},
    Outputs: {},
  };
  const parameters: NonNullable<Template["Parameters"]> = {};
  for (const workflow of workflows) {
    const id = logicalIdOf(workflow.name);
    const values = placeholderValues(workflow, byName, parameters);
    const role: Record<string, unknown> = { AssumeRolePolicyDocument: TRUST_POLICY };
    if (workflow.policy.Statement.length > 0) {
      role.Policies = [{ PolicyName: `${id}ExecutionPolicy`, PolicyDocument: substituted(workflow.policy, values) }];
    }
    template.Resources[`${id}Role`] = { Type: "AWS::IAM::Role", Properties: role };
    const machine: Record<string, unknown> = {
      StateMachineType: workflow.type,
      Definition: workflow.definition,
      RoleArn: { "Fn::GetAtt": [`${id}Role`, "Arn"] },
    };
    if (selfNamed(workflow)) machine.StateMachineName = workflow.name;
    if (workflow.placeholders.length > 0) {
      machine.DefinitionSubstitutions = Object.fromEntries(workflow.placeholders.map((p) => [p.name, values.get(p.name)]));
    }
    template.Resources[id] = { Type: "AWS::StepFunctions::StateMachine", Properties: machine };
    template.Outputs[`${id}Arn`] = { Description: `The ARN of the state machine ${workflow.name}`, Value: { Ref: id } };
  }
  if (Object.keys(parameters).length > 0) template.Parameters = parameters;
  return template;
}

/** Whether the workflow's policy names its own state machine by name (a Distributed Map starts executions of it). */
export function selfNamed(workflow: CompiledWorkflow): boolean {
  return workflow.uses.some((use) => use.kind === "distributedMap");
}

/** What each placeholder (and each value derived from one) is in this template. */
function placeholderValues(
  workflow: CompiledWorkflow,
  built: ReadonlyMap<string, CompiledWorkflow>,
  parameters: NonNullable<Template["Parameters"]>,
): Map<string, Intrinsic> {
  const values = new Map<string, Intrinsic>();
  for (const placeholder of workflow.placeholders) {
    const child = placeholder.kind === "childWorkflow" && placeholder.workflow ? built.get(placeholder.workflow) : undefined;
    if (child) {
      values.set(placeholder.name, { Ref: logicalIdOf(child.name) });
      continue;
    }
    parameters[placeholder.name] = { Type: "String", Description: describePlaceholder(placeholder) };
    values.set(placeholder.name, { Ref: placeholder.name });
  }
  for (const derived of workflow.derivedPlaceholders) {
    const source = workflow.placeholders.find((p) => p.name === derived.from);
    const child = source?.kind === "childWorkflow" && source.workflow ? built.get(source.workflow) : undefined;
    values.set(derived.name, child && derived.part === "stateMachineName" ? { "Fn::GetAtt": [logicalIdOf(child.name), "Name"] } : derive(derived, values.get(derived.from)!));
  }
  return values;
}

export function describePlaceholder(placeholder: Placeholder): string {
  switch (placeholder.kind) {
    case "lambdaFunction":
      return `The Lambda function that ${placeholder.task} invokes (its ARN)`;
    case "childWorkflow":
      return `The ARN of the state machine of the child workflow ${placeholder.workflow}`;
    case "serviceResource":
      return `${placeholder.field} of ${placeholder.task}${placeholder.service ? ` (${placeholder.service})` : ""}`;
  }
}

/** A derived value from its placeholder's value, with CloudFormation's string functions. */
function derive(derived: DerivedPlaceholder, from: Intrinsic): Intrinsic {
  const part = (separator: string, index: number, of: unknown): Intrinsic => ({ "Fn::Select": [index, { "Fn::Split": [separator, of] }] });
  if (derived.part === "stateMachineName") return part(":", 6, from);
  // https://sqs.REGION.amazonaws.com/ACCOUNT/NAME
  return { "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ":sqs:", part(".", 1, part("/", 2, from)), ":", part("/", 3, from), ":", part("/", 4, from)]] };
}

/** The policy with each `${…}` in a resource filled by `Fn::Sub` (pseudo parameters resolve themselves). */
function substituted(policy: PolicyDocument, values: ReadonlyMap<string, Intrinsic>): unknown {
  return {
    ...policy,
    Statement: policy.Statement.map((statement) => ({
      ...statement,
      Resource: statement.Resource.map((resource) => {
        const names = [...resource.matchAll(/\$\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]);
        if (!resource.includes("${")) return resource;
        const variables = Object.fromEntries(names.filter((n) => values.has(n)).map((n) => [n, values.get(n)]));
        return Object.keys(variables).length > 0 ? { "Fn::Sub": [resource, variables] } : { "Fn::Sub": resource };
      }),
    })),
  };
}
