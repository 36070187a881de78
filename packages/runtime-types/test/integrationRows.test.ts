import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { integrationRow, integrationRows, resourceFor, stateMachineGrants, type IamGrant, type IntegrationPattern, type IntegrationRow } from "../src/index.js";

// The seed's table of services reached through the execution role, copied verbatim from
// /work/shared/seeds so the check runs wherever the repository does.
const seedText = readFileSync(path.join(import.meta.dirname, "seed/000_65f7402195de0344.txt"), "utf8");

const IAM_PREFIXES = [
  "logs", "dynamodb", "s3", "lambda", "sns", "sqs", "ecs", "iam", "events", "scheduler", "execute-api", "states",
  "kinesis", "firehose", "redshift-data", "backup", "databrew", "athena", "sagemaker", "bedrock", "emr",
  "elasticmapreduce", "batch", "glue", "codepipeline", "codebuild", "xray", "mediaconvert", "secretsmanager", "kms", "ssm",
];
const ACTION_LINE = new RegExp(`^(.*?)((?:${IAM_PREFIXES.join("|")}):[A-Z][A-Za-z0-9]*)$`);

/** The seed's rows as service → actions; a line without a service continues the one above. */
function seedTable(text: string): Map<string, string[]> {
  const start = text.indexOf("実行ロールを介して連携するサービス");
  const end = text.indexOf("※)権限設計の原則");
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const lines = text.slice(start, end).split("\n").slice(1).filter((line) => line.trim() !== "");
  const table = new Map<string, string[]>();
  let service: string | undefined;
  for (const line of lines) {
    const match = ACTION_LINE.exec(line.trim());
    if (!match) throw new Error(`the seed's IAM table has a line this test does not understand: ${line}`);
    // "SQS(送信)", "SQS(ポーリング)", "Step Functions(ネストされたワークフロー)": the service is before the note.
    const label = match[1]!.replace(/\(.*\)$/, "").trim();
    if (label !== "") service = label;
    if (!service) throw new Error(`an action before any service: ${line}`);
    table.set(service, [...(table.get(service) ?? []), match[2]!]);
  }
  return table;
}

/** Seed spellings that are not IAM actions, each with the action IAM knows. */
const SEED_SPELLINGS: Record<string, string> = {
  // EMR's IAM service prefix is `elasticmapreduce`; there is no `emr:` prefix.
  "emr:AddJobFlowSteps": "elasticmapreduce:AddJobFlowSteps",
  "emr:DescribeStep": "elasticmapreduce:DescribeStep",
};

/**
 * Seed actions AWS's documented policy for the feature does not use. Step Functions delivers
 * execution logs as a vended log source: the role needs the Log Delivery actions
 * ("Logging using CloudWatch Logs" in the Step Functions guide), not logs:PutLogEvents.
 */
const NOT_NEEDED = new Set(["logs:PutLogEvents"]);

/** Seed services that are features of the state machine, not Tasks. */
const FEATURES: Record<string, readonly IamGrant[]> = {
  "CloudWatch Logs": stateMachineGrants.logging,
  "X-Ray": stateMachineGrants.tracing,
};

function actionsOf(grants: readonly IamGrant[]): Set<string> {
  return new Set(grants.flatMap((grant) => grant.actions));
}

function grantsOf(rows: readonly IntegrationRow[]): IamGrant[] {
  return rows.flatMap((row) => Object.values(row.iam).flatMap((grants) => grants ?? []));
}

/**
 * The patterns of each optimized service, from AWS's table of optimized integrations (Standard
 * workflows); AWS SDK integrations allow request-response and callback, never `.sync`.
 */
const DOCUMENTED: Record<string, readonly IntegrationPattern[]> = {
  "aws-sdk": ["requestResponse", "waitForTaskToken"],
  apigateway: ["requestResponse", "waitForTaskToken"],
  athena: ["requestResponse", "sync"],
  batch: ["requestResponse", "sync"],
  bedrock: ["requestResponse", "sync", "waitForTaskToken"],
  codebuild: ["requestResponse", "sync"],
  dynamodb: ["requestResponse"],
  ecs: ["requestResponse", "sync", "waitForTaskToken"],
  elasticmapreduce: ["requestResponse", "sync"],
  events: ["requestResponse", "waitForTaskToken"],
  glue: ["requestResponse", "sync"],
  databrew: ["requestResponse", "sync"],
  lambda: ["requestResponse", "waitForTaskToken"],
  mediaconvert: ["requestResponse", "sync"],
  sagemaker: ["requestResponse", "sync"],
  sns: ["requestResponse", "waitForTaskToken"],
  sqs: ["requestResponse", "waitForTaskToken"],
  states: ["requestResponse", "sync", "sync:2", "waitForTaskToken"],
};

describe("the integration rows against the seed", () => {
  const seed = seedTable(seedText);

  it("reads the seed's whole table", () => {
    // 30 rows; SQS's sending and polling rows are one service.
    expect([...seed.keys()]).toEqual([
      "CloudWatch Logs", "DynamoDB", "S3", "Lambda", "SNS", "SQS", "ECS", "EventBridge", "EventBridge Scheduler", "API Gateway",
      "Step Functions", "Kinesis Data Streams", "Kinesis Data Firehose", "Redshift Data API", "Backup", "DataBrew", "Athena",
      "SageMaker", "Bedrock", "EMR", "Batch", "Glue", "CodePipeline", "CodeBuild", "X-Ray", "MediaConvert", "Secrets Manager",
      "SSM Automation", "SSM Parameter Store",
    ]);
    expect(seed.get("Athena")).toEqual(["athena:StartQueryExecution", "athena:GetQueryExecution", "s3:PutObject", "s3:GetObject"]);
    expect(seed.get("SQS")).toHaveLength(5);
  });

  it("has rows for every service of the seed, or grants for the state machine feature it is", () => {
    const services = new Set(integrationRows.map((row) => row.service));
    const missing = [...seed.keys()].filter((service) => !services.has(service) && !(service in FEATURES));
    expect(missing).toEqual([]);
  });

  it("grants every action the seed lists for a service in that service's rows", () => {
    const missing: string[] = [];
    for (const [service, actions] of seed) {
      const granted = actionsOf(FEATURES[service] ?? grantsOf(integrationRows.filter((row) => row.service === service)));
      for (const seedAction of actions) {
        const action = SEED_SPELLINGS[seedAction] ?? seedAction;
        if (!NOT_NEEDED.has(action) && !granted.has(action)) missing.push(`${service}: ${action}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has a row for each action the brief names", () => {
    for (const key of [
      "dynamodb.getItem", "dynamodb.putItem", "dynamodb.updateItem", "dynamodb.deleteItem", "dynamodb.query", "dynamodb.scan",
      "lambda.invoke", "lambda.invokeAsync", "sqs.sendMessage", "ecs.runTask", "eventBridge.putEvents", "apigateway.invoke",
      "states.startExecution", "athena.startQueryExecution", "athena.getQueryExecution", "athena.getQueryResults",
      "bedrock.invokeModel", "ssm.startAutomationExecution", "ssm.getParameter", "secretsManager.getSecretValue",
    ]) {
      expect(integrationRow(key), key).toBeDefined();
    }
  });
});

describe("the shape of every row", () => {
  it("has unique keys", () => {
    const keys = integrationRows.map((row) => row.key);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each(integrationRows.map((row) => [row.key, row] as const))("%s: patterns as AWS documents them, grants for each", (_, row) => {
    const match = /^arn:aws:states:::([a-z-]+):[A-Za-z0-9]+(?::[A-Za-z0-9]+)?$/.exec(row.resource);
    expect(match, row.resource).not.toBeNull();
    const documented = DOCUMENTED[match![1]!];
    expect(documented, `no documented patterns for ${match![1]}`).toBeDefined();
    expect(row.patterns.filter((pattern) => !documented!.includes(pattern))).toEqual([]);
    expect(row.patterns).toContain(row.defaultPattern);
    expect(Object.keys(row.iam).sort()).toEqual([...row.patterns].sort());
    expect(row.summary).toMatch(/^[A-Z].*\.$/);
  });

  it.each(integrationRows.map((row) => [row.key, row] as const))("%s: every grant names IAM actions and well-formed resources", (_, row) => {
    for (const grant of grantsOf([row])) {
      expect(grant.actions.length).toBeGreaterThan(0);
      expect(grant.resources.length).toBeGreaterThan(0);
      for (const action of grant.actions) expect(action).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]*$/);
      for (const resource of grant.resources) {
        const template = resource.kind === "arn" ? resource.arn : resource.pattern;
        if (template !== "*") expect(template).toMatch(/^arn:\$\{AWS::Partition\}:[a-z0-9-]+:/);
        if (resource.kind === "field") {
          expect(resource.field).toMatch(/^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*$/);
          // Only the `name` form places the value into the pattern; the others convert it themselves.
          expect(template.split("{}").length - 1).toBe(resource.form === "name" ? 1 : 0);
        }
      }
    }
  });

  it("`.sync` grants include what starting the job needs, and wait by the managed rule where AWS uses one", () => {
    for (const row of integrationRows) {
      for (const pattern of ["sync", "sync:2"] as const) {
        const sync = row.iam[pattern];
        if (!sync) continue;
        const startActions = actionsOf(row.iam.requestResponse ?? []);
        expect([...startActions].filter((action) => !actionsOf(sync).has(action)), row.key).toEqual([]);
        for (const grant of sync.filter((g) => g.actions.some((action) => action.startsWith("events:")))) {
          expect(grant.actions).toEqual(["events:PutTargets", "events:PutRule", "events:DescribeRule"]);
          expect(grant.resources).toEqual([
            { kind: "arn", arn: expect.stringMatching(/^arn:\$\{AWS::Partition\}:events:\$\{AWS::Region\}:\$\{AWS::AccountId\}:rule\/StepFunctionsGetEventsFor[A-Za-z0-9]+Rule$/) },
          ]);
        }
      }
    }
  });
});

describe("rows the other work relies on", () => {
  it("ECS .sync creates the managed rule and passes the task's roles", () => {
    const ecs = integrationRow("ecs.runTask")!;
    expect(ecs.defaultPattern).toBe("sync");
    expect(ecs.iam.sync).toContainEqual({
      actions: ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
      resources: [{ kind: "arn", arn: "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForECSTaskRule" }],
    });
    expect(actionsOf(ecs.iam.requestResponse!)).toEqual(new Set(["ecs:RunTask", "iam:PassRole"]));
    expect(actionsOf(ecs.iam.requestResponse!).has("events:PutRule")).toBe(false);
  });

  it("a nested execution describes and stops its child only when it waits for it", () => {
    const states = integrationRow("states.startExecution")!;
    expect(states.patterns).toEqual(["requestResponse", "sync", "sync:2", "waitForTaskToken"]);
    expect(actionsOf(states.iam.requestResponse!)).toEqual(new Set(["states:StartExecution"]));
    expect(actionsOf(states.iam["sync:2"]!)).toEqual(
      new Set(["states:StartExecution", "states:DescribeExecution", "states:StopExecution", "events:PutTargets", "events:PutRule", "events:DescribeRule"]),
    );
    expect(states.iam["sync:2"]![0]!.resources).toEqual([
      { kind: "field", field: "StateMachineArn", form: "stateMachine", pattern: "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:*" },
    ]);
  });

  it("asynchronous Lambda invocation is the invoke integration with InvocationType Event", () => {
    const invokeAsync = integrationRow("lambda.invokeAsync")!;
    expect(invokeAsync.resource).toBe("arn:aws:states:::lambda:invoke");
    expect(invokeAsync.parameters).toEqual({ InvocationType: "Event" });
    expect(invokeAsync.iam.requestResponse).toEqual(integrationRow("lambda.invoke")!.iam.requestResponse);
  });

  it("resourceFor appends the pattern's suffix", () => {
    const glue = integrationRow("glue.startJobRun")!;
    expect(resourceFor(glue, "requestResponse")).toBe("arn:aws:states:::glue:startJobRun");
    expect(resourceFor(glue, "sync")).toBe("arn:aws:states:::glue:startJobRun.sync");
    expect(resourceFor(integrationRow("states.startExecution")!, "sync:2")).toBe("arn:aws:states:::states:startExecution.sync:2");
    expect(resourceFor(integrationRow("sqs.sendMessage")!, "waitForTaskToken")).toBe("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
  });

  it("SDK integrations never wait for a job", () => {
    for (const row of integrationRows.filter((r) => r.resource.includes(":aws-sdk:"))) {
      expect(row.patterns, row.key).toEqual(["requestResponse", "waitForTaskToken"]);
    }
  });
});
