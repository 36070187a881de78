import type { IamGrant, IamResource, IamResourceForm, IntegrationRow } from "@stepscript/runtime-types";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt } from "../diagnostics/report.js";
import type { CompiledWorkflow, FieldValue, ResourceUse, S3Location } from "../types.js";

// An IAM policy document as IAM reads it. These few fields are all the generator writes; the
// published type packages are either enum dumps of every action (of no use here) or under a
// licence this project cannot ship, so the shape is written out here.
export interface PolicyStatement {
  Effect: "Allow";
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
}

/**
 * A value the policy needs that is derived from a placeholder rather than given: the name of a
 * child state machine (its executions' ARNs are built from it) or the ARN of a queue given by URL.
 * Deployment tools compute it from the placeholder's value (`Fn::Split`/`Fn::Select` in
 * CloudFormation); the CLI user fills it in like a placeholder.
 */
export interface DerivedPlaceholder {
  name: string;
  from: string;
  /** `stateMachineName`: the seventh `:`-separated part of a state machine ARN. `sqsQueueArn`: the ARN of a queue URL. */
  part: "stateMachineName" | "sqsQueueArn";
}

export interface PolicyResult {
  document: PolicyDocument;
  derived: DerivedPlaceholder[];
  diagnostics: Diagnostic[];
}

const PARTITION = "${AWS::Partition}";
const REGION = "${AWS::Region}";
const ACCOUNT = "${AWS::AccountId}";
const AWS_SDK = "arn:aws:states:::aws-sdk:";
const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
const ACTIVITY = /^arn:[\w-]+:states:[a-z0-9-]+:\d{12}:activity:/;

/** Where a grant's resources come from, for one call. */
type Resolved = { arns: string[]; derived?: DerivedPlaceholder } | { runtime: true } | { invalid: string };

/**
 * The least-privilege policy of a workflow's execution role: for every call, the grants the
 * integration table gives its integration and pattern, on the resources the code names; for every
 * Distributed Map, starting its own child executions and reading and writing the S3 objects it
 * names. `self` is the state machine's deployed name (a Distributed Map starts executions of it).
 * A resource chosen at run time gets the table's narrowest pattern and a warning; a value that
 * cannot name the resource (an ARN that is not one) is an error.
 */
export function policyOf(workflow: CompiledWorkflow, rows: readonly IntegrationRow[], self = workflow.name): PolicyResult {
  const statements: PolicyStatement[] = [];
  const derived = new Map<string, DerivedPlaceholder>();
  const diagnostics: Diagnostic[] = [];
  for (const use of workflow.uses) {
    if (use.kind === "distributedMap") {
      statements.push(...distributedMapStatements(use, self, diagnostics));
      continue;
    }
    if (use.resource.startsWith(AWS_SDK) && !rows.some((r) => r.resource === use.resource)) {
      statements.push(awsSdkStatement(use, diagnostics));
      continue;
    }
    // An activity's worker polls Step Functions with its own credentials: the role needs nothing.
    if (ACTIVITY.test(use.resource)) continue;
    const direct = LAMBDA_ARN.test(use.resource) ? asLambdaInvoke(use) : use;
    const row = rows.find((r) => r.resource === direct.resource);
    const grants = row?.iam[use.pattern];
    if (!row || !grants) {
      diagnostics.push(diagnosticAt(use.at, "noIamGrants", { task: use.taskName, resource: use.resource, pattern: use.pattern }));
      continue;
    }
    for (const grant of grants) statements.push(...grantStatements(grant, direct, derived, diagnostics));
  }
  return { document: { Version: "2012-10-17", Statement: mergeStatements(statements) }, derived: [...derived.values()], diagnostics };
}

type TaskUse = Extract<ResourceUse, { kind: "task" }>;

/** A Task whose Resource is a function's ARN (the older form) invokes it as `lambda:invoke` does. */
function asLambdaInvoke(use: TaskUse): TaskUse {
  return { ...use, resource: LAMBDA_INVOKE, pattern: "requestResponse", fields: { FunctionName: { kind: "literal", value: use.resource } } };
}

function grantStatements(grant: IamGrant, use: TaskUse, derived: Map<string, DerivedPlaceholder>, diagnostics: Diagnostic[]): PolicyStatement[] {
  const arns: string[] = [];
  // A field the request leaves out names nothing (SNS takes TopicArn or TargetArn); a request read
  // whole at run time may name any of them.
  const named = grant.resources.filter((r) => r.kind === "arn" || r.field in use.fields || "" in use.fields);
  // A grant only of fields the request leaves out acts on nothing (an optional role to pass);
  // one that also names fixed resources still needs its field's resource (Athena's default
  // work group), which the pattern then covers.
  if (named.length === 0) return [];
  const fields = named.some((r) => r.kind === "field") ? named : grant.resources;
  for (const resource of fields) {
    if (resource.kind === "arn") {
      arns.push(resource.arn);
      continue;
    }
    const resolved = resolveField(resource, use.fields[resource.field] ?? { kind: "runtime" });
    if ("invalid" in resolved) {
      diagnostics.push(diagnosticAt(use.at, "notAnArn", { what: resolved.invalid, field: resource.field, task: use.taskName }));
      continue;
    }
    if ("runtime" in resolved) {
      const pattern = resource.pattern.replace("{}", "*");
      arns.push(pattern);
      diagnostics.push(diagnosticAt(use.at, "resourceChosenAtRunTime", { task: use.taskName, field: resource.field, pattern, actions: grant.actions.join(", ") }));
      continue;
    }
    arns.push(...resolved.arns);
    if (resolved.derived) derived.set(resolved.derived.name, resolved.derived);
  }
  return arns.length > 0 ? [{ Effect: "Allow", Action: [...grant.actions], Resource: [...new Set(arns)] }] : [];
}

function resolveField(resource: Extract<IamResource, { kind: "field" }>, value: FieldValue): Resolved {
  if (value.kind === "runtime" || value.kind === "malformed") return { runtime: true };
  if (value.kind === "placeholder") return placeholderArns(resource.form, value.name, resource.pattern);
  return literalArns(resource.form, value.value, resource.pattern);
}

function placeholderArns(form: IamResourceForm, name: string, pattern: string): Resolved {
  const ref = `\${${name}}`;
  switch (form) {
    case "arn":
    case "role":
      return { arns: [ref] };
    case "lambdaFunction":
      return { arns: [ref, `${ref}:*`] };
    case "dynamodbTable":
      return { arns: [`arn:${PARTITION}:dynamodb:${REGION}:${ACCOUNT}:table/${ref}`] };
    case "stateMachine": {
      const derived: DerivedPlaceholder = { name: `${name.replace(/Arn$/, "")}Name`, from: name, part: "stateMachineName" };
      return { arns: [ref, `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:execution:\${${derived.name}}:*`], derived };
    }
    case "sqsQueueUrl": {
      const derived: DerivedPlaceholder = { name: `${name.replace(/Url$/, "")}Arn`, from: name, part: "sqsQueueArn" };
      return { arns: [`\${${derived.name}}`], derived };
    }
    case "name":
      return { arns: [pattern.replace("{}", ref)] };
    // A placeholder for these stands for the resource's ARN, as the request accepts it.
    case "ecsTaskDefinition":
    case "secretsManagerSecret":
    case "ssmParameter":
      return { arns: [ref] };
    // An endpoint host cannot be turned into its API's ARN by substitution.
    case "apiGatewayEndpoint":
      return { runtime: true };
  }
}

const LAMBDA_ARN = /^arn:([\w-]+):lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9$_-]+))?$/;
const LAMBDA_PARTIAL = /^(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9$_-]+))?$/;
const LAMBDA_NAME = /^([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9$_-]+))?$/;
const SQS_URL = /^https:\/\/(?:sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|([a-z0-9-]+)\.queue\.amazonaws\.com)\/(\d{12})\/([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$/;
const STATE_MACHINE_ARN = /^arn:([\w-]+):states:([a-z0-9-]+):(\d{12}):stateMachine:([A-Za-z0-9_-]{1,80})$/;
const ROLE_ARN = /^arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const TABLE_ARN = /^arn:[\w-]+:dynamodb:[a-z0-9-]+:\d{12}:table\/[A-Za-z0-9_.-]{3,255}$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const TASK_DEFINITION_ARN = /^arn:[\w-]+:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}(:\d+)?$/;
const TASK_DEFINITION = /^([A-Za-z0-9_-]{1,255})(?::(\d+))?$/;
const API_ENDPOINT = /^(?:https:\/\/)?([a-z0-9]{10})\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\/.*)?$/;
const SECRET_ARN = /^arn:[\w-]+:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+$/;
const SECRET_NAME = /^[\w/+=.@-]{1,512}$/;
const SSM_ARN = /^arn:[\w-]+:ssm:[a-z0-9-]+:\d{12}:parameter\/[\w./-]+$/;
const SSM_NAME = /^\/?[\w./-]{1,2048}$/;
const ANY_ARN = /^arn:[\w-]+:[\w-]+:[a-z0-9-]*:(\d{12})?:.+$/;

/** The ARNs a literal names, or why it names none. */
function literalArns(form: IamResourceForm, value: string, pattern: string): Resolved {
  switch (form) {
    case "arn":
      return ANY_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not an ARN` };
    case "role":
      return ROLE_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not an IAM role ARN` };
    case "lambdaFunction":
      return lambdaArns(value);
    case "sqsQueueUrl": {
      const url = SQS_URL.exec(value);
      if (!url) return { invalid: `${JSON.stringify(value)} is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)` };
      return { arns: [`arn:${PARTITION}:sqs:${url[1] ?? url[2]}:${url[3]}:${url[4]}`] };
    }
    case "dynamodbTable":
      if (value.startsWith("arn:")) return TABLE_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not a DynamoDB table ARN` };
      return TABLE_NAME.test(value) ? { arns: [`arn:${PARTITION}:dynamodb:${REGION}:${ACCOUNT}:table/${value}`] } : { invalid: `${JSON.stringify(value)} is not a DynamoDB table name` };
    case "stateMachine": {
      const arn = STATE_MACHINE_ARN.exec(value);
      if (!arn) return { invalid: `${JSON.stringify(value)} is not a state machine ARN` };
      return { arns: [value, `arn:${arn[1]}:states:${arn[2]}:${arn[3]}:execution:${arn[4]}:*`] };
    }
    case "name":
      return { arns: [pattern.replace("{}", value)] };
    case "ecsTaskDefinition":
      return ecsTaskDefinitionArns(value);
    case "apiGatewayEndpoint": {
      const endpoint = API_ENDPOINT.exec(value);
      if (!endpoint) return { invalid: `${JSON.stringify(value)} is not an API Gateway endpoint (ID.execute-api.REGION.amazonaws.com)` };
      return { arns: [`arn:${PARTITION}:execute-api:${endpoint[2]}:${ACCOUNT}:${endpoint[1]}/*`] };
    }
    case "secretsManagerSecret":
      if (value.startsWith("arn:")) return SECRET_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not a Secrets Manager secret ARN` };
      // A secret's ARN ends in six random characters after its name.
      return SECRET_NAME.test(value) ? { arns: [`arn:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:${value}-??????`] } : { invalid: `${JSON.stringify(value)} is not a Secrets Manager secret name` };
    case "ssmParameter":
      if (value.startsWith("arn:")) return SSM_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not a Parameter Store parameter ARN` };
      return SSM_NAME.test(value) ? { arns: [`arn:${PARTITION}:ssm:${REGION}:${ACCOUNT}:parameter/${value.replace(/^\//, "")}`] } : { invalid: `${JSON.stringify(value)} is not a Parameter Store name` };
  }
}

/** A family (all its revisions), `family:revision`, or an ARN. */
function ecsTaskDefinitionArns(value: string): Resolved {
  if (value.startsWith("arn:")) return TASK_DEFINITION_ARN.test(value) ? { arns: [value] } : { invalid: `${JSON.stringify(value)} is not an ECS task definition ARN` };
  const family = TASK_DEFINITION.exec(value);
  if (!family) return { invalid: `${JSON.stringify(value)} is not an ECS task definition (family or family:revision)` };
  return { arns: [`arn:${PARTITION}:ecs:${REGION}:${ACCOUNT}:task-definition/${family[1]}:${family[2] ?? "*"}`] };
}

/** A function name, ARN or partial ARN: the function and its versions, or exactly the qualified one. */
function lambdaArns(value: string): Resolved {
  let base: string;
  let qualifier: string | undefined;
  const full = LAMBDA_ARN.exec(value);
  const partial = full ? undefined : LAMBDA_PARTIAL.exec(value);
  const name = full || partial || value.startsWith("arn:") ? undefined : LAMBDA_NAME.exec(value);
  if (full) [base, qualifier] = [`arn:${full[1]}:lambda:${full[2]}:${full[3]}:function:${full[4]}`, full[5]];
  else if (partial) [base, qualifier] = [`arn:${PARTITION}:lambda:${REGION}:${partial[1]}:function:${partial[2]}`, partial[3]];
  else if (name) [base, qualifier] = [`arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:${name[1]}`, name[2]];
  else return { invalid: `${JSON.stringify(value)} is not a Lambda function name or ARN` };
  return { arns: qualifier ? [`${base}:${qualifier}`] : [base, `${base}:*`] };
}

/**
 * An SDK integration's IAM action is the service's own (`s3:listBuckets` → `s3:ListBuckets`), but
 * which resources it acts on is in the request in a form that differs per action, so the policy
 * cannot narrow it: it grants that one action on every resource and says so.
 */
function awsSdkStatement(use: TaskUse, diagnostics: Diagnostic[]): PolicyStatement {
  const [service, action] = use.resource.slice(AWS_SDK.length).split(":");
  const iamAction = `${service}:${action[0].toUpperCase()}${action.slice(1)}`;
  diagnostics.push(diagnosticAt(use.at, "sdkResourceUnknown", { task: use.taskName, action: iamAction }));
  return { Effect: "Allow", Action: [iamAction], Resource: ["*"] };
}

/**
 * A Distributed Map starts child executions of its own state machine and watches them (AWS's
 * "IAM policies for using Distributed Map states"), reads its items from S3 and writes its
 * results there (the reader's and writer's S3 actions, scoped to the bucket, key or prefix).
 */
function distributedMapStatements(use: Extract<ResourceUse, { kind: "distributedMap" }>, self: string, diagnostics: Diagnostic[]): PolicyStatement[] {
  const statesArn = `arn:${PARTITION}:states:${REGION}:${ACCOUNT}`;
  const statements: PolicyStatement[] = [
    { Effect: "Allow", Action: ["states:StartExecution"], Resource: [`${statesArn}:stateMachine:${self}`] },
    { Effect: "Allow", Action: ["states:DescribeExecution", "states:StopExecution"], Resource: [`${statesArn}:execution:${self}/${use.label ?? "*"}:*`] },
  ];
  if (use.reader) statements.push(...readerStatements(use.reader.listing, use.reader.location, use.at, diagnostics));
  if (use.resultWriter) {
    const objects = objectPattern(use.resultWriter.bucket, use.resultWriter.prefix, true);
    if (objects.runtime) diagnostics.push(diagnosticAt(use.at, "resourceChosenAtRunTime", { task: "the result writer", field: "Bucket/Prefix", pattern: objects.arn, actions: "s3:PutObject" }));
    statements.push({ Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"], Resource: [objects.arn] });
  }
  return statements;
}

function readerStatements(listing: boolean, location: S3Location, at: ResourceUse["at"], diagnostics: Diagnostic[]): PolicyStatement[] {
  if (listing) {
    const bucket = bucketArn(location.bucket);
    const prefix = location.prefix?.kind === "literal" ? location.prefix.value : undefined;
    if (bucket.runtime || (location.prefix && !prefix)) {
      diagnostics.push(diagnosticAt(at, "resourceChosenAtRunTime", { task: "the item reader", field: "Bucket/Prefix", pattern: bucket.arn, actions: "s3:ListBucket" }));
    }
    const statement: PolicyStatement = { Effect: "Allow", Action: ["s3:ListBucket"], Resource: [bucket.arn] };
    if (prefix) statement.Condition = { StringLike: { "s3:prefix": [`${prefix}*`] } };
    return [statement];
  }
  const object = objectPattern(location.bucket, location.key, false);
  if (object.runtime) diagnostics.push(diagnosticAt(at, "resourceChosenAtRunTime", { task: "the item reader", field: "Bucket/Key", pattern: object.arn, actions: "s3:GetObject" }));
  return [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [object.arn] }];
}

function bucketArn(bucket: FieldValue): { arn: string; runtime: boolean } {
  const name = s3Part(bucket);
  return { arn: `arn:${PARTITION}:s3:::${name ?? "*"}`, runtime: name === undefined };
}

/** The object (or, for a prefix, the objects below it) that a bucket and key name. */
function objectPattern(bucket: FieldValue, keyOrPrefix: FieldValue | undefined, isPrefix: boolean): { arn: string; runtime: boolean } {
  const name = s3Part(bucket);
  const key = keyOrPrefix ? s3Part(keyOrPrefix) : "";
  const runtime = name === undefined || key === undefined;
  const path = key === undefined ? "*" : isPrefix ? `${key}*` : key;
  return { arn: `arn:${PARTITION}:s3:::${name ?? "*"}/${path}`, runtime };
}

function s3Part(value: FieldValue): string | undefined {
  if (value.kind === "literal") return value.value;
  if (value.kind === "placeholder") return `\${${value.name}}`;
  return undefined;
}

/** One statement per set of actions and condition, each resource once, in a stable order. */
function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const merged = new Map<string, PolicyStatement>();
  for (const statement of statements) {
    const actions = [...new Set(statement.Action)].sort();
    const key = JSON.stringify([actions, statement.Condition ?? null]);
    const known = merged.get(key);
    if (known) known.Resource = [...new Set([...known.Resource, ...statement.Resource])];
    else merged.set(key, { ...statement, Action: actions, Resource: [...new Set(statement.Resource)] });
  }
  return [...merged.values()]
    .map((s) => ({ ...s, Resource: [...s.Resource].sort() }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
