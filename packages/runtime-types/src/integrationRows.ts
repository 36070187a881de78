import type { IamGrant, IamResource, IamResourceForm, IntegrationPattern, IntegrationRow } from "./integrationTable.js";

// The one table of service integrations: a row per action of every service the execution role
// reaches (the seed's "services reached through the execution role" table), with the Task
// Resource, the patterns AWS documents for it ("Integrating optimized services with Step
// Functions": request-response and callback for every AWS SDK integration, never `.sync`), and
// the IAM grants of "IAM policies for integrated services", per pattern.
//
// ARN templates use CloudFormation pseudo parameters, filled in at deployment.

const P = "${AWS::Partition}";
const REGION = "${AWS::Region}";
const ACCOUNT = "${AWS::AccountId}";
const STATES = "arn:aws:states:::";

/** An ARN in this account and region: `arn:<partition>:<service>:<region>:<account>:<rest>`. */
function local(service: string, rest: string): string {
  return `arn:${P}:${service}:${REGION}:${ACCOUNT}:${rest}`;
}

function arn(value: string): IamResource {
  return { kind: "arn", arn: value };
}

/** The resource the request names in `field`; `pattern` has `{}` where the value goes (form `name`). */
function field(path: string, form: IamResourceForm, pattern: string): IamResource {
  return { kind: "field", field: path, form, pattern };
}

const ANY: IamResource = arn("*");

function grant(actions: readonly string[], ...resources: IamResource[]): IamGrant {
  return { actions, resources };
}

/** The role a request passes to the service (`RoleArn`, `IamRoleArn`, …). */
function passRole(path: string): IamGrant {
  return grant(["iam:PassRole"], field(path, "role", `arn:${P}:iam::${ACCOUNT}:role/*`));
}

/**
 * `.sync` integrations learn that a job ended from an EventBridge rule Step Functions manages in
 * the account; the role must be able to create it and point it at Step Functions.
 */
function managedRule(name: string): IamGrant {
  return grant(["events:PutTargets", "events:PutRule", "events:DescribeRule"], arn(local("events", `rule/${name}`)));
}

/** The same grants for each pattern listed. */
function samePerPattern(
  patterns: readonly IntegrationPattern[],
  grants: readonly IamGrant[],
): Partial<Record<IntegrationPattern, readonly IamGrant[]>> {
  return Object.fromEntries(patterns.map((pattern) => [pattern, grants]));
}

type RowSpec = Omit<IntegrationRow, "patterns" | "defaultPattern" | "iam" | "resource"> & { grants: readonly IamGrant[] };

const SDK_PATTERNS: readonly IntegrationPattern[] = ["requestResponse", "waitForTaskToken"];

/**
 * An AWS SDK integration, `arn:aws:states:::aws-sdk:<service>:<action>`: request-response or
 * callback, the same grants for both.
 */
function sdk(sdkService: string, action: string, spec: RowSpec): IntegrationRow {
  const { grants, ...rest } = spec;
  return {
    ...rest,
    resource: `${STATES}aws-sdk:${sdkService}:${action}`,
    patterns: SDK_PATTERNS,
    defaultPattern: "requestResponse",
    iam: samePerPattern(SDK_PATTERNS, grants),
  };
}

/** An optimized integration whose patterns share their grants. */
function optimized(resource: string, patterns: readonly IntegrationPattern[], spec: RowSpec): IntegrationRow {
  const { grants, ...rest } = spec;
  return { ...rest, resource: `${STATES}${resource}`, patterns, defaultPattern: "requestResponse", iam: samePerPattern(patterns, grants) };
}

/**
 * A job-style optimized integration: a plain call runs the job to completion (`.sync`), whose
 * grants add the describe/stop actions and the managed rule to what starting the job needs.
 */
function job(
  resource: string,
  spec: Omit<IntegrationRow, "patterns" | "defaultPattern" | "iam" | "resource"> & {
    start: readonly IamGrant[];
    sync: readonly IamGrant[];
    patterns?: readonly IntegrationPattern[];
  },
): IntegrationRow {
  const { start, sync, patterns = ["requestResponse", "sync"], ...rest } = spec;
  const iam: Partial<Record<IntegrationPattern, readonly IamGrant[]>> = {};
  for (const pattern of patterns) iam[pattern] = pattern === "sync" || pattern === "sync:2" ? sync : start;
  return { ...rest, resource: `${STATES}${resource}`, patterns, defaultPattern: "sync", iam };
}

// ---------------------------------------------------------------------------------------------

const dynamodbTable = field("TableName", "dynamodbTable", local("dynamodb", "table/*"));
/** Query and Scan may read an index: `table/NAME/index/*`. */
const dynamodbIndexes = field("TableName", "name", local("dynamodb", "table/{}/index/*"));

function dynamodbItem(action: "getItem" | "putItem" | "updateItem" | "deleteItem", iamAction: string, summary: string): IntegrationRow {
  return {
    key: `dynamodb.${action}`,
    service: "DynamoDB",
    resource: `${STATES}dynamodb:${action}`,
    patterns: ["requestResponse"],
    defaultPattern: "requestResponse",
    iam: { requestResponse: [grant([iamAction], dynamodbTable)] },
    summary,
  };
}

const dynamodbRows: IntegrationRow[] = [
  dynamodbItem("getItem", "dynamodb:GetItem", "Reads one item by its key; `Item` is absent when there is none."),
  dynamodbItem("putItem", "dynamodb:PutItem", "Writes one item, replacing any with the same key."),
  dynamodbItem("updateItem", "dynamodb:UpdateItem", "Updates the attributes of one item by an update expression."),
  dynamodbItem("deleteItem", "dynamodb:DeleteItem", "Deletes one item by its key."),
  sdk("dynamodb", "query", {
    key: "dynamodb.query",
    service: "DynamoDB",
    grants: [grant(["dynamodb:Query"], dynamodbTable, dynamodbIndexes)],
    summary: "Reads the items of one partition key (SDK integration: there is no optimized Query).",
  }),
  sdk("dynamodb", "scan", {
    key: "dynamodb.scan",
    service: "DynamoDB",
    grants: [grant(["dynamodb:Scan"], dynamodbTable, dynamodbIndexes)],
    summary: "Reads every item of a table or index, a page at a time (SDK integration).",
  }),
];

const bucket = field("Bucket", "name", `arn:${P}:s3:::{}`);
const objects = field("Bucket", "name", `arn:${P}:s3:::{}/*`);

const s3Rows: IntegrationRow[] = [
  sdk("s3", "listObjectsV2", {
    key: "s3.listObjectsV2",
    service: "S3",
    grants: [grant(["s3:ListBucket"], bucket)],
    summary: "Lists up to 1,000 objects of a bucket, by prefix, with a continuation token.",
  }),
  sdk("s3", "getObject", {
    key: "s3.getObject",
    service: "S3",
    grants: [grant(["s3:GetObject"], objects)],
    summary: "Reads an object; its body is returned as a string.",
  }),
  sdk("s3", "putObject", {
    key: "s3.putObject",
    service: "S3",
    grants: [grant(["s3:PutObject"], objects)],
    summary: "Writes an object from a string body.",
  }),
  sdk("s3", "deleteObject", {
    key: "s3.deleteObject",
    service: "S3",
    grants: [grant(["s3:DeleteObject"], objects)],
    summary: "Deletes an object (or places a delete marker in a versioned bucket).",
  }),
];

const lambdaFunction = field("FunctionName", "lambdaFunction", local("lambda", "function:*"));
const invokeGrants = [grant(["lambda:InvokeFunction"], lambdaFunction)];

const lambdaRows: IntegrationRow[] = [
  optimized("lambda:invoke", ["requestResponse", "waitForTaskToken"], {
    key: "lambda.invoke",
    service: "Lambda",
    grants: invokeGrants,
    summary: "Invokes a function and returns the invoke envelope (StatusCode, ExecutedVersion, Payload).",
  }),
  {
    ...optimized("lambda:invoke", ["requestResponse"], {
      key: "lambda.invokeAsync",
      service: "Lambda",
      grants: invokeGrants,
      summary: "Queues an asynchronous invocation (`InvocationType: Event`); returns StatusCode 202 without waiting for the function.",
    }),
    parameters: { InvocationType: "Event" },
  },
];

const messagingRows: IntegrationRow[] = [
  optimized("sns:publish", ["requestResponse", "waitForTaskToken"], {
    key: "sns.publish",
    service: "SNS",
    grants: [grant(["sns:Publish"], field("TopicArn", "arn", local("sns", "*")))],
    summary: "Publishes a message to a topic (or a phone number or endpoint).",
  }),
  optimized("sqs:sendMessage", ["requestResponse", "waitForTaskToken"], {
    key: "sqs.sendMessage",
    service: "SQS",
    grants: [grant(["sqs:SendMessage"], field("QueueUrl", "sqsQueueUrl", local("sqs", "*")))],
    summary: "Sends a message to a queue; with `.waitForTaskToken`, the consumer returns the task token.",
  }),
  ...(
    [
      ["receiveMessage", "sqs:ReceiveMessage", "Receives up to 10 messages from a queue (long polling with WaitTimeSeconds)."],
      ["deleteMessage", "sqs:DeleteMessage", "Deletes a received message by its receipt handle."],
      ["getQueueAttributes", "sqs:GetQueueAttributes", "Reads a queue's attributes (e.g. ApproximateNumberOfMessages)."],
      ["changeMessageVisibility", "sqs:ChangeMessageVisibility", "Changes how long a received message stays hidden from other consumers."],
    ] as const
  ).map(([action, iamAction, summary]) =>
    sdk("sqs", action, {
      key: `sqs.${action}`,
      service: "SQS",
      grants: [grant([iamAction], field("QueueUrl", "sqsQueueUrl", local("sqs", "*")))],
      summary,
    }),
  ),
  optimized("events:putEvents", ["requestResponse", "waitForTaskToken"], {
    key: "eventBridge.putEvents",
    service: "EventBridge",
    // Each entry names its own bus (absent: `default`), so one field cannot name the resource.
    grants: [grant(["events:PutEvents"], arn(local("events", "event-bus/*")))],
    summary: "Sends custom events to event buses.",
  }),
  sdk("scheduler", "createSchedule", {
    key: "scheduler.createSchedule",
    service: "EventBridge Scheduler",
    grants: [
      grant(["scheduler:CreateSchedule"], field("Name", "name", local("scheduler", "schedule/*/{}"))),
      // The schedule's target runs as `Target.RoleArn`; Scheduler checks that the caller may pass it.
      passRole("Target.RoleArn"),
    ],
    summary: "Creates a one-time or recurring schedule that invokes a target.",
  }),
  sdk("scheduler", "deleteSchedule", {
    key: "scheduler.deleteSchedule",
    service: "EventBridge Scheduler",
    grants: [grant(["scheduler:DeleteSchedule"], field("Name", "name", local("scheduler", "schedule/*/{}")))],
    summary: "Deletes a schedule.",
  }),
  optimized("apigateway:invoke", ["requestResponse", "waitForTaskToken"], {
    key: "apigateway.invoke",
    service: "API Gateway",
    grants: [grant(["execute-api:Invoke"], field("ApiEndpoint", "apiGatewayEndpoint", local("execute-api", "*")))],
    summary: "Calls an API Gateway REST API; the response body is parsed when it is JSON.",
  }),
];

const ecsRows: IntegrationRow[] = [
  job("ecs:runTask", {
    key: "ecs.runTask",
    service: "ECS",
    patterns: ["requestResponse", "sync", "waitForTaskToken"],
    // Request-response and callback only start the task; `.sync` also stops it when the state is
    // stopped, and describes it. Task ids are unknown before the call, so those two are on `*`
    // (AWS still lets the role stop only the tasks Step Functions started).
    start: [
      grant(["ecs:RunTask"], field("TaskDefinition", "ecsTaskDefinition", local("ecs", "task-definition/*"))),
      passRole("Overrides.TaskRoleArn"),
      passRole("Overrides.ExecutionRoleArn"),
    ],
    sync: [
      grant(["ecs:RunTask"], field("TaskDefinition", "ecsTaskDefinition", local("ecs", "task-definition/*"))),
      grant(["ecs:StopTask", "ecs:DescribeTasks"], ANY),
      managedRule("StepFunctionsGetEventsForECSTaskRule"),
      passRole("Overrides.TaskRoleArn"),
      passRole("Overrides.ExecutionRoleArn"),
    ],
    summary: "Runs a task on a cluster; a plain call waits until the task stops.",
  }),
];

const stateMachine = field("StateMachineArn", "stateMachine", local("states", "stateMachine:*"));

const stepFunctionsRows: IntegrationRow[] = [
  {
    key: "states.startExecution",
    service: "Step Functions",
    resource: `${STATES}states:startExecution`,
    patterns: ["requestResponse", "sync", "sync:2", "waitForTaskToken"],
    // `.sync:2` returns the child's output as JSON, `.sync` as a string.
    defaultPattern: "sync:2",
    iam: {
      requestResponse: [grant(["states:StartExecution"], stateMachine)],
      waitForTaskToken: [grant(["states:StartExecution"], stateMachine)],
      ...samePerPattern(
        ["sync", "sync:2"],
        [
          grant(["states:StartExecution", "states:DescribeExecution", "states:StopExecution"], stateMachine),
          managedRule("StepFunctionsGetEventsForStepFunctionsExecutionRule"),
        ],
      ),
    },
    summary: "Starts an execution of any state machine (written in Stepscript or not); a plain call waits for its output.",
  },
];

const streamRows: IntegrationRow[] = [
  ...(["putRecord", "putRecords"] as const).map((action) =>
    sdk("kinesis", action, {
      key: `kinesis.${action}`,
      service: "Kinesis Data Streams",
      grants: [grant([`kinesis:${action[0]!.toUpperCase()}${action.slice(1)}`], field("StreamName", "name", local("kinesis", "stream/{}")))],
      summary: action === "putRecord" ? "Writes one record to a data stream." : "Writes up to 500 records to a data stream.",
    }),
  ),
  ...(["putRecord", "putRecordBatch"] as const).map((action) =>
    sdk("firehose", action, {
      key: `firehose.${action}`,
      service: "Kinesis Data Firehose",
      grants: [
        grant([`firehose:${action[0]!.toUpperCase()}${action.slice(1)}`], field("DeliveryStreamName", "name", local("firehose", "deliverystream/{}"))),
      ],
      summary: action === "putRecord" ? "Writes one record to a delivery stream." : "Writes up to 500 records to a delivery stream.",
    }),
  ),
];

const dataRows: IntegrationRow[] = [
  sdk("redshiftdata", "executeStatement", {
    key: "redshiftData.executeStatement",
    service: "Redshift Data API",
    grants: [grant(["redshift-data:ExecuteStatement"], field("ClusterIdentifier", "name", local("redshift", "cluster:{}")))],
    summary: "Starts a SQL statement on a cluster or workgroup; poll it with describeStatement.",
  }),
  sdk("redshiftdata", "describeStatement", {
    key: "redshiftData.describeStatement",
    service: "Redshift Data API",
    // DescribeStatement has no resource-level permissions: it is allowed on the caller's own statements.
    grants: [grant(["redshift-data:DescribeStatement"], ANY)],
    summary: "Reads the status of a statement (SUBMITTED … FINISHED, FAILED, ABORTED).",
  }),
  sdk("backup", "startBackupJob", {
    key: "backup.startBackupJob",
    service: "Backup",
    grants: [
      grant(["backup:StartBackupJob"], field("BackupVaultName", "name", local("backup", "backup-vault:{}"))),
      passRole("IamRoleArn"),
    ],
    summary: "Starts an on-demand backup of a resource into a vault.",
  }),
  sdk("backup", "describeBackupJob", {
    key: "backup.describeBackupJob",
    service: "Backup",
    grants: [grant(["backup:DescribeBackupJob"], ANY)],
    summary: "Reads the state of a backup job.",
  }),
  job("databrew:startJobRun", {
    key: "databrew.startJobRun",
    service: "DataBrew",
    start: [grant(["databrew:StartJobRun", "databrew:ListJobRuns", "databrew:StopJobRun", "databrew:DescribeJob"], field("Name", "name", local("databrew", "job/{}")))],
    sync: [grant(["databrew:StartJobRun", "databrew:ListJobRuns", "databrew:StopJobRun", "databrew:DescribeJob"], field("Name", "name", local("databrew", "job/{}")))],
    summary: "Runs a DataBrew job; a plain call waits until the run ends.",
  }),
];

const workGroup = field("WorkGroup", "name", local("athena", "workgroup/{}"));
const athenaQueryGrants: readonly IamGrant[] = [
  grant(
    ["athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:GetDataCatalog"],
    workGroup,
    arn(local("athena", "datacatalog/*")),
  ),
  // The query reads its tables from S3 and writes its results to the output location.
  grant(
    [
      "s3:GetBucketLocation",
      "s3:GetObject",
      "s3:ListBucket",
      "s3:ListBucketMultipartUploads",
      "s3:ListMultipartUploadParts",
      "s3:AbortMultipartUpload",
      "s3:CreateBucket",
      "s3:PutObject",
    ],
    arn(`arn:${P}:s3:::*`),
  ),
  grant(
    [
      "glue:CreateDatabase",
      "glue:GetDatabase",
      "glue:GetDatabases",
      "glue:UpdateDatabase",
      "glue:DeleteDatabase",
      "glue:CreateTable",
      "glue:UpdateTable",
      "glue:GetTable",
      "glue:GetTables",
      "glue:DeleteTable",
      "glue:BatchDeleteTable",
      "glue:BatchCreatePartition",
      "glue:CreatePartition",
      "glue:UpdatePartition",
      "glue:GetPartition",
      "glue:GetPartitions",
      "glue:BatchGetPartition",
      "glue:DeletePartition",
      "glue:BatchDeletePartition",
    ],
    arn(local("glue", "catalog")),
    arn(local("glue", "database/*")),
    arn(local("glue", "table/*")),
    arn(local("glue", "userDefinedFunction/*")),
  ),
  grant(["lakeformation:GetDataAccess"], ANY),
];

const athenaRows: IntegrationRow[] = [
  job("athena:startQueryExecution", {
    key: "athena.startQueryExecution",
    service: "Athena",
    start: athenaQueryGrants,
    sync: athenaQueryGrants,
    summary: "Runs a query; a plain call waits until it succeeds and returns its execution.",
  }),
  optimized("athena:stopQueryExecution", ["requestResponse"], {
    key: "athena.stopQueryExecution",
    service: "Athena",
    grants: [grant(["athena:StopQueryExecution"], arn(local("athena", "workgroup/*")))],
    summary: "Cancels a running query.",
  }),
  optimized("athena:getQueryExecution", ["requestResponse"], {
    key: "athena.getQueryExecution",
    service: "Athena",
    grants: [grant(["athena:GetQueryExecution"], arn(local("athena", "workgroup/*")))],
    summary: "Reads a query's status, statistics and output location.",
  }),
  optimized("athena:getQueryResults", ["requestResponse"], {
    key: "athena.getQueryResults",
    service: "Athena",
    grants: [grant(["athena:GetQueryResults"], arn(local("athena", "workgroup/*"))), grant(["s3:GetObject"], arn(`arn:${P}:s3:::*`))],
    summary: "Reads a page of a finished query's rows.",
  }),
];

function sagemakerJob(action: "Training" | "Transform" | "Processing", nameField: string, roleField: string | undefined): IntegrationRow {
  const kind = action.toLowerCase();
  const jobArn = field(nameField, "name", local("sagemaker", `${kind}-job/{}`));
  const role = roleField ? [passRole(roleField)] : [];
  return job(`sagemaker:create${action}Job`, {
    key: `sagemaker.create${action}Job`,
    service: "SageMaker",
    start: [grant([`sagemaker:Create${action}Job`], jobArn), grant(["sagemaker:ListTags"], ANY), ...role],
    sync: [
      grant([`sagemaker:Create${action}Job`, `sagemaker:Describe${action}Job`, `sagemaker:Stop${action}Job`], jobArn),
      grant(["sagemaker:ListTags"], ANY),
      ...role,
      managedRule(`StepFunctionsGetEventsForSageMaker${action}JobsRule`),
    ],
    summary: `Creates a ${kind} job; a plain call waits until it ends.`,
  });
}

const mlRows: IntegrationRow[] = [
  sagemakerJob("Training", "TrainingJobName", "RoleArn"),
  sagemakerJob("Transform", "TransformJobName", undefined),
  sagemakerJob("Processing", "ProcessingJobName", "RoleArn"),
  optimized("bedrock:invokeModel", ["requestResponse"], {
    key: "bedrock.invokeModel",
    service: "Bedrock",
    grants: [grant(["bedrock:InvokeModel"], field("ModelId", "name", `arn:${P}:bedrock:${REGION}::foundation-model/{}`))],
    summary: "Runs inference on a foundation model; the body is the model's own request and response JSON.",
  }),
];

const emrCluster = field("ClusterId", "name", local("elasticmapreduce", "cluster/{}"));

const jobRows: IntegrationRow[] = [
  job("elasticmapreduce:addStep", {
    key: "emr.addStep",
    service: "EMR",
    start: [grant(["elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"], emrCluster)],
    sync: [
      grant(["elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"], emrCluster),
      managedRule("StepFunctionsGetEventsForEMRAddJobFlowStepsRule"),
    ],
    summary: "Adds a step to a running cluster; a plain call waits until the step ends.",
  }),
  job("elasticmapreduce:createCluster", {
    key: "emr.createCluster",
    service: "EMR",
    start: [
      grant(["elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"], ANY),
      passRole("ServiceRole"),
      passRole("JobFlowRole"),
    ],
    sync: [
      grant(["elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"], ANY),
      passRole("ServiceRole"),
      passRole("JobFlowRole"),
      managedRule("StepFunctionsGetEventsForEMRRunJobFlowRule"),
    ],
    summary: "Creates a cluster; a plain call waits until it is ready (WAITING).",
  }),
  job("elasticmapreduce:terminateCluster", {
    key: "emr.terminateCluster",
    service: "EMR",
    start: [grant(["elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster"], emrCluster)],
    sync: [
      grant(["elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster"], emrCluster),
      managedRule("StepFunctionsGetEventsForEMRTerminateJobFlowsRule"),
    ],
    summary: "Terminates a cluster; a plain call waits until it is terminated.",
  }),
  job("batch:submitJob", {
    key: "batch.submitJob",
    service: "Batch",
    start: [
      grant(["batch:SubmitJob"], field("JobQueue", "name", local("batch", "job-queue/{}")), arn(local("batch", "job-definition/*"))),
      // The seed lists PassRole: a submission that overrides the job's ECS task or execution role passes it.
      grant(["iam:PassRole"], arn(`arn:${P}:iam::${ACCOUNT}:role/*`)),
    ],
    sync: [
      grant(["batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob"], ANY),
      grant(["iam:PassRole"], arn(`arn:${P}:iam::${ACCOUNT}:role/*`)),
      managedRule("StepFunctionsGetEventsForBatchJobsRule"),
    ],
    summary: "Submits a job to a queue; a plain call waits until it succeeds.",
  }),
  job("glue:startJobRun", {
    key: "glue.startJobRun",
    service: "Glue",
    start: [grant(["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"], field("JobName", "name", local("glue", "job/{}")))],
    sync: [grant(["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"], field("JobName", "name", local("glue", "job/{}")))],
    summary: "Starts a job run; a plain call waits until the run succeeds.",
  }),
  sdk("codepipeline", "startPipelineExecution", {
    key: "codepipeline.startPipelineExecution",
    service: "CodePipeline",
    grants: [grant(["codepipeline:StartPipelineExecution"], field("Name", "name", local("codepipeline", "{}")))],
    summary: "Starts a pipeline execution (SDK integration; poll it with getPipelineExecution).",
  }),
  sdk("codepipeline", "getPipelineExecution", {
    key: "codepipeline.getPipelineExecution",
    service: "CodePipeline",
    grants: [grant(["codepipeline:GetPipelineExecution"], field("PipelineName", "name", local("codepipeline", "{}")))],
    summary: "Reads the status of a pipeline execution.",
  }),
  job("codebuild:startBuild", {
    key: "codebuild.startBuild",
    service: "CodeBuild",
    start: [grant(["codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds", "codebuild:BatchGetReports"], field("ProjectName", "name", local("codebuild", "project/{}")))],
    sync: [
      grant(["codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds", "codebuild:BatchGetReports"], field("ProjectName", "name", local("codebuild", "project/{}"))),
      managedRule("StepFunctionsGetEventsForCodeBuildStartBuildRule"),
    ],
    summary: "Starts a build; a plain call waits until the build succeeds.",
  }),
  job("mediaconvert:createJob", {
    key: "mediaconvert.createJob",
    service: "MediaConvert",
    start: [
      grant(["mediaconvert:CreateJob"], arn(local("mediaconvert", "queues/*")), arn(local("mediaconvert", "presets/*")), arn(local("mediaconvert", "jobTemplates/*"))),
      passRole("Role"),
    ],
    sync: [
      grant(["mediaconvert:CreateJob"], arn(local("mediaconvert", "queues/*")), arn(local("mediaconvert", "presets/*")), arn(local("mediaconvert", "jobTemplates/*"))),
      grant(["mediaconvert:GetJob", "mediaconvert:CancelJob"], arn(local("mediaconvert", "jobs/*"))),
      passRole("Role"),
      managedRule("StepFunctionsGetEventsForMediaConvertJobRule"),
    ],
    summary: "Creates a transcoding job; a plain call waits until it completes.",
  }),
];

/** Secrets and SecureString parameters encrypted with a customer managed key need kms:Decrypt on it. */
const decrypt = grant(["kms:Decrypt"], arn(local("kms", "key/*")));

const configRows: IntegrationRow[] = [
  sdk("secretsmanager", "getSecretValue", {
    key: "secretsManager.getSecretValue",
    service: "Secrets Manager",
    grants: [grant(["secretsmanager:GetSecretValue"], field("SecretId", "secretsManagerSecret", local("secretsmanager", "secret:*"))), decrypt],
    summary: "Reads a secret's value (SecretString or SecretBinary).",
  }),
  sdk("ssm", "startAutomationExecution", {
    key: "ssm.startAutomationExecution",
    service: "SSM Automation",
    grants: [grant(["ssm:StartAutomationExecution"], field("DocumentName", "name", local("ssm", "automation-definition/{}:*")))],
    summary: "Starts a Systems Manager Automation runbook.",
  }),
  sdk("ssm", "getAutomationExecution", {
    key: "ssm.getAutomationExecution",
    service: "SSM Automation",
    grants: [grant(["ssm:GetAutomationExecution"], field("AutomationExecutionId", "name", local("ssm", "automation-execution/{}")))],
    summary: "Reads the status and outputs of an Automation execution.",
  }),
  sdk("ssm", "getParameter", {
    key: "ssm.getParameter",
    service: "SSM Parameter Store",
    grants: [grant(["ssm:GetParameter"], field("Name", "ssmParameter", local("ssm", "parameter/*"))), decrypt],
    summary: "Reads a Parameter Store parameter (WithDecryption for SecureString).",
  }),
];

/** Every integration, one row per action. */
export const integrationRows: readonly IntegrationRow[] = [
  ...dynamodbRows,
  ...s3Rows,
  ...lambdaRows,
  ...messagingRows,
  ...ecsRows,
  ...stepFunctionsRows,
  ...streamRows,
  ...dataRows,
  ...athenaRows,
  ...mlRows,
  ...jobRows,
  ...configRows,
];

/**
 * What the role needs for the state machine's own features rather than a Task: delivering
 * execution logs to CloudWatch Logs (a vended log delivery, so the Log Delivery actions on `*`)
 * and sending X-Ray traces.
 */
export const stateMachineGrants: { readonly logging: readonly IamGrant[]; readonly tracing: readonly IamGrant[] } = {
  logging: [
    grant(
      [
        "logs:CreateLogDelivery",
        "logs:GetLogDelivery",
        "logs:UpdateLogDelivery",
        "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries",
        "logs:PutResourcePolicy",
        "logs:DescribeResourcePolicies",
        "logs:DescribeLogGroups",
      ],
      ANY,
    ),
  ],
  tracing: [grant(["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"], ANY)],
};

/** The row of a DSL path (`sns.publish`), if there is one. */
export function integrationRow(key: string): IntegrationRow | undefined {
  return integrationRows.find((row) => row.key === key);
}

/** The Task Resource of a row for a pattern: the resource with the pattern's suffix. */
export function resourceFor(row: IntegrationRow, pattern: IntegrationPattern): string {
  return pattern === "requestResponse" ? row.resource : `${row.resource}.${pattern}`;
}
