import type { EpochMillis, JsonObject, JsonValue } from "./json.js";
import type { ExactlyOne } from "./util.js";

// Request and result shapes of the optimized integrations, PascalCase as Step Functions passes
// them. Everything is JSON: binary values are base64 strings and the timestamps Step Functions
// returns (`.sync` results, `StartDate`) are epoch milliseconds, not Dates.

/** The HTTP metadata request-response integrations add to the service's response. */
export interface SdkHttpMetadata {
  AllHttpHeaders: Record<string, string[]>;
  HttpHeaders: Record<string, string>;
  HttpStatusCode: number;
}

export interface SdkResponseMetadata {
  RequestId: string;
}

export interface SdkResponse {
  SdkHttpMetadata: SdkHttpMetadata;
  SdkResponseMetadata: SdkResponseMetadata;
}

export interface Tag {
  Key: string;
  Value: string;
}

export interface NameValue {
  Name: string;
  Value: string;
}

// ---------------------------------------------------------------------------------------------
// Lambda: arn:aws:states:::lambda:invoke

export interface LambdaInvokeRequest<P = JsonValue> {
  /** Name, ARN or partial ARN, optionally with `:alias` or `:version`. */
  FunctionName: string;
  Payload?: P;
  InvocationType?: "RequestResponse" | "Event" | "DryRun";
  Qualifier?: string;
  /** Base64 JSON, up to 3583 bytes. */
  ClientContext?: string;
  LogType?: "None" | "Tail";
}

export interface LambdaInvokeResult<P = JsonValue> extends SdkResponse {
  ExecutedVersion: string;
  /** What the function returned, parsed. */
  Payload: P;
  StatusCode: number;
  /** Present when the function raised and the error was not turned into a task failure. */
  FunctionError?: string;
  /** Base64 of the last 4 KB of the log, with `LogType: "Tail"`. */
  LogResult?: string;
}

// ---------------------------------------------------------------------------------------------
// SNS: arn:aws:states:::sns:publish

export interface SnsMessageAttributeValue {
  DataType: "String" | "String.Array" | "Number" | "Binary";
  StringValue?: string;
  /** Base64. */
  BinaryValue?: string;
}

export interface SnsPublishRequest {
  /** One of TopicArn, TargetArn, PhoneNumber. */
  TopicArn?: string;
  TargetArn?: string;
  PhoneNumber?: string;
  /** A JSON object is serialized by Step Functions. */
  Message: string | JsonObject;
  Subject?: string;
  MessageStructure?: "json";
  MessageAttributes?: Record<string, SnsMessageAttributeValue>;
  /** FIFO topics. */
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

export interface SnsPublishResult extends SdkResponse {
  MessageId: string;
  /** FIFO topics. */
  SequenceNumber?: string;
}

// ---------------------------------------------------------------------------------------------
// SQS: arn:aws:states:::sqs:sendMessage

export interface SqsMessageAttributeValue {
  DataType: string;
  StringValue?: string;
  /** Base64. */
  BinaryValue?: string;
}

export interface SqsSendMessageRequest {
  QueueUrl: string;
  /** A JSON object is serialized by Step Functions. */
  MessageBody: string | JsonObject;
  DelaySeconds?: number;
  MessageAttributes?: Record<string, SqsMessageAttributeValue>;
  /** FIFO queues. */
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

export interface SqsSendMessageResult extends SdkResponse {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  /** FIFO queues. */
  SequenceNumber?: string;
}

// ---------------------------------------------------------------------------------------------
// DynamoDB: arn:aws:states:::dynamodb:getItem | putItem | updateItem | deleteItem
// The integration passes items in DynamoDB's typed form, not as plain JSON.

/** A DynamoDB attribute value: exactly one type descriptor. Numbers are strings; binaries base64. */
export type AttributeValue = ExactlyOne<{
  S: string;
  N: string;
  BOOL: boolean;
  NULL: true;
  M: { [name: string]: AttributeValue };
  L: AttributeValue[];
  SS: string[];
  NS: string[];
  B: string;
  BS: string[];
}>;

export type DynamoDbItem = Record<string, AttributeValue>;
export type DynamoDbKey = Record<string, AttributeValue>;

export type ReturnConsumedCapacity = "INDEXES" | "TOTAL" | "NONE";
export type ReturnItemCollectionMetrics = "SIZE" | "NONE";

export interface ConsumedCapacity {
  TableName?: string;
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface ItemCollectionMetrics {
  ItemCollectionKey?: DynamoDbItem;
  SizeEstimateRangeGB?: number[];
}

interface DynamoDbExpressionFields {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  ReturnConsumedCapacity?: ReturnConsumedCapacity;
}

interface DynamoDbWriteFields extends DynamoDbExpressionFields {
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
}

export interface DynamoDbGetItemRequest {
  TableName: string;
  Key: DynamoDbKey;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ReturnConsumedCapacity?: ReturnConsumedCapacity;
}

export interface DynamoDbGetItemResult extends SdkResponse {
  /** Absent when no item has the key. */
  Item?: DynamoDbItem;
  ConsumedCapacity?: ConsumedCapacity;
}

export interface DynamoDbPutItemRequest extends DynamoDbWriteFields {
  TableName: string;
  Item: DynamoDbItem;
  ReturnValues?: "NONE" | "ALL_OLD";
}

export interface DynamoDbUpdateItemRequest extends DynamoDbWriteFields {
  TableName: string;
  Key: DynamoDbKey;
  UpdateExpression?: string;
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
}

export interface DynamoDbDeleteItemRequest extends DynamoDbWriteFields {
  TableName: string;
  Key: DynamoDbKey;
  ReturnValues?: "NONE" | "ALL_OLD";
}

/** The result of putItem, updateItem and deleteItem. */
export interface DynamoDbWriteItemResult extends SdkResponse {
  /** Only with a ReturnValues other than NONE. */
  Attributes?: DynamoDbItem;
  ConsumedCapacity?: ConsumedCapacity;
  ItemCollectionMetrics?: ItemCollectionMetrics;
}

export type DynamoDbPutItemResult = DynamoDbWriteItemResult;
export type DynamoDbUpdateItemResult = DynamoDbWriteItemResult;
export type DynamoDbDeleteItemResult = DynamoDbWriteItemResult;

/** Query has no optimized integration: it goes through `arn:aws:states:::aws-sdk:dynamodb:query`. */
export interface DynamoDbQueryRequest {
  TableName: string;
  IndexName?: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Limit?: number;
  ScanIndexForward?: boolean;
  ExclusiveStartKey?: DynamoDbKey;
  ConsistentRead?: boolean;
  Select?: "ALL_ATTRIBUTES" | "ALL_PROJECTED_ATTRIBUTES" | "SPECIFIC_ATTRIBUTES" | "COUNT";
  ReturnConsumedCapacity?: ReturnConsumedCapacity;
}

export interface DynamoDbQueryResult {
  Items: DynamoDbItem[];
  Count: number;
  ScannedCount: number;
  /** Present when there are more pages: pass it as ExclusiveStartKey. */
  LastEvaluatedKey?: DynamoDbKey;
  ConsumedCapacity?: ConsumedCapacity;
}

// ---------------------------------------------------------------------------------------------
// EventBridge: arn:aws:states:::events:putEvents
// A failed entry fails the task with `EventBridge.FailedEntry`.

export interface EventBridgePutEventsEntry {
  /** A JSON object is serialized by Step Functions. */
  Detail: JsonObject | string;
  DetailType: string;
  Source: string;
  /** Default: the account's default bus. */
  EventBusName?: string;
  Resources?: string[];
  /** RFC 3339. */
  Time?: string;
  TraceHeader?: string;
}

export interface EventBridgePutEventsRequest {
  Entries: EventBridgePutEventsEntry[];
}

export interface EventBridgePutEventsResultEntry {
  EventId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}

/** No SDK metadata here, unlike the other request-response integrations. */
export interface EventBridgePutEventsResult {
  Entries: EventBridgePutEventsResultEntry[];
  FailedEntryCount: number;
}

// ---------------------------------------------------------------------------------------------
// ECS: arn:aws:states:::ecs:runTask (.sync, .waitForTaskToken)

export interface EcsKeyValuePair {
  Name: string;
  Value: string;
}

export interface EcsContainerOverride {
  Name: string;
  Command?: string[];
  Environment?: EcsKeyValuePair[];
  EnvironmentFiles?: { Type: "s3"; Value: string }[];
  Cpu?: number;
  Memory?: number;
  MemoryReservation?: number;
  ResourceRequirements?: { Type: "GPU" | "InferenceAccelerator"; Value: string }[];
}

export interface EcsTaskOverride {
  ContainerOverrides?: EcsContainerOverride[];
  /** Task-level sizes are strings in the ECS API (`"256"`, `"0.25 vcpu"`). */
  Cpu?: string;
  Memory?: string;
  TaskRoleArn?: string;
  ExecutionRoleArn?: string;
  EphemeralStorage?: { SizeInGiB: number };
}

export interface EcsNetworkConfiguration {
  AwsvpcConfiguration: {
    Subnets: string[];
    SecurityGroups?: string[];
    AssignPublicIp?: "ENABLED" | "DISABLED";
  };
}

export interface EcsRunTaskRequest {
  Cluster?: string;
  TaskDefinition: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  CapacityProviderStrategy?: { CapacityProvider: string; Weight?: number; Base?: number }[];
  PlatformVersion?: string;
  NetworkConfiguration?: EcsNetworkConfiguration;
  Overrides?: EcsTaskOverride;
  Count?: number;
  Group?: string;
  StartedBy?: string;
  EnableExecuteCommand?: boolean;
  EnableECSManagedTags?: boolean;
  PropagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  PlacementConstraints?: { Type?: "distinctInstance" | "memberOf"; Expression?: string }[];
  PlacementStrategy?: { Type?: "random" | "spread" | "binpack"; Field?: string }[];
  ReferenceId?: string;
  Tags?: Tag[];
}

export interface EcsContainer {
  ContainerArn?: string;
  TaskArn?: string;
  Name?: string;
  Image?: string;
  ImageDigest?: string;
  RuntimeId?: string;
  LastStatus?: string;
  /** Set once the container has stopped. */
  ExitCode?: number;
  Reason?: string;
  Cpu?: string;
  Memory?: string;
  MemoryReservation?: string;
  GpuIds?: string[];
  NetworkBindings?: { BindIP?: string; ContainerPort?: number; HostPort?: number; Protocol?: "tcp" | "udp" }[];
  NetworkInterfaces?: { AttachmentId?: string; PrivateIpv4Address?: string; Ipv6Address?: string }[];
  HealthStatus?: "HEALTHY" | "UNHEALTHY" | "UNKNOWN";
}

export interface EcsAttachment {
  Id?: string;
  Type?: string;
  Status?: string;
  Details?: NameValue[];
}

/** An ECS task as DescribeTasks describes it. */
export interface EcsTask {
  TaskArn: string;
  ClusterArn: string;
  TaskDefinitionArn: string;
  LastStatus: string;
  DesiredStatus: string;
  Containers: EcsContainer[];
  Overrides?: EcsTaskOverride;
  Attachments?: EcsAttachment[];
  Attributes?: NameValue[];
  AvailabilityZone?: string;
  Cpu?: string;
  Memory?: string;
  Group?: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  CapacityProviderName?: string;
  PlatformVersion?: string;
  PlatformFamily?: string;
  StartedBy?: string;
  Connectivity?: "CONNECTED" | "DISCONNECTED";
  ConnectivityAt?: EpochMillis;
  CreatedAt?: EpochMillis;
  PullStartedAt?: EpochMillis;
  PullStoppedAt?: EpochMillis;
  StartedAt?: EpochMillis;
  StoppingAt?: EpochMillis;
  StoppedAt?: EpochMillis;
  ExecutionStoppedAt?: EpochMillis;
  StopCode?:
    | "TaskFailedToStart"
    | "EssentialContainerExited"
    | "UserInitiated"
    | "ServiceSchedulerInitiated"
    | "SpotInterruption"
    | "TerminationNotice";
  StoppedReason?: string;
  EnableExecuteCommand?: boolean;
  EphemeralStorage?: { SizeInGiB: number };
  HealthStatus?: "HEALTHY" | "UNHEALTHY" | "UNKNOWN";
  Tags?: Tag[];
  Version?: number;
}

export interface EcsFailure {
  Arn?: string;
  Reason?: string;
  Detail?: string;
}

/** Request-response: the tasks as they were started. */
export interface EcsRunTaskResult extends SdkResponse {
  Tasks: EcsTask[];
  Failures: EcsFailure[];
}

/** `.sync`: the task once it has stopped, as DescribeTasks returns it (not wrapped in `Tasks`). */
export type EcsRunTaskSyncResult = EcsTask;

// ---------------------------------------------------------------------------------------------
// Batch: arn:aws:states:::batch:submitJob (.sync)

export interface BatchResourceRequirement {
  Type: "GPU" | "VCPU" | "MEMORY";
  Value: string;
}

export interface BatchContainerOverrides {
  Command?: string[];
  Environment?: NameValue[];
  InstanceType?: string;
  ResourceRequirements?: BatchResourceRequirement[];
}

export interface BatchRetryStrategy {
  Attempts?: number;
  EvaluateOnExit?: {
    Action: "RETRY" | "EXIT";
    OnStatusReason?: string;
    OnReason?: string;
    OnExitCode?: string;
  }[];
}

export interface BatchSubmitJobRequest {
  JobName: string;
  JobQueue: string;
  JobDefinition: string;
  ArrayProperties?: { Size: number };
  ContainerOverrides?: BatchContainerOverrides;
  DependsOn?: { JobId?: string; Type?: "N_TO_N" | "SEQUENTIAL" }[];
  /** Substituted for `Ref::name` placeholders of the job definition. */
  Parameters?: Record<string, string>;
  RetryStrategy?: BatchRetryStrategy;
  Timeout?: { AttemptDurationSeconds: number };
  PropagateTags?: boolean;
  SchedulingPriorityOverride?: number;
  ShareIdentifier?: string;
  Tags?: Record<string, string>;
}

export interface BatchSubmitJobResult extends SdkResponse {
  JobArn?: string;
  JobId: string;
  JobName: string;
}

export type BatchJobStatus = "SUBMITTED" | "PENDING" | "RUNNABLE" | "STARTING" | "RUNNING" | "SUCCEEDED" | "FAILED";

export interface BatchContainerDetail {
  Image?: string;
  Command?: string[];
  Environment?: NameValue[];
  ResourceRequirements?: BatchResourceRequirement[];
  ExitCode?: number;
  Reason?: string;
  LogStreamName?: string;
  TaskArn?: string;
  ContainerInstanceArn?: string;
  JobRoleArn?: string;
  ExecutionRoleArn?: string;
}

export interface BatchAttemptDetail {
  Container?: { ContainerInstanceArn?: string; TaskArn?: string; ExitCode?: number; Reason?: string; LogStreamName?: string };
  StartedAt?: EpochMillis;
  StoppedAt?: EpochMillis;
  StatusReason?: string;
}

/** `.sync`: the job once it has finished, as DescribeJobs describes it. */
export interface BatchJobDetail {
  JobArn?: string;
  JobId: string;
  JobName: string;
  JobQueue: string;
  JobDefinition: string;
  Status: BatchJobStatus;
  StatusReason?: string;
  CreatedAt?: EpochMillis;
  StartedAt: EpochMillis;
  StoppedAt?: EpochMillis;
  Attempts?: BatchAttemptDetail[];
  Container?: BatchContainerDetail;
  DependsOn?: { JobId?: string; Type?: "N_TO_N" | "SEQUENTIAL" }[];
  Parameters?: Record<string, string>;
  ArrayProperties?: { Size?: number; Index?: number; StatusSummary?: Record<string, number> };
  RetryStrategy?: BatchRetryStrategy;
  Timeout?: { AttemptDurationSeconds?: number };
  PlatformCapabilities?: ("EC2" | "FARGATE")[];
  Tags?: Record<string, string>;
}

export type BatchSubmitJobSyncResult = BatchJobDetail;

// ---------------------------------------------------------------------------------------------
// Glue: arn:aws:states:::glue:startJobRun (.sync)

export type GlueWorkerType = "Standard" | "G.1X" | "G.2X" | "G.025X" | "G.4X" | "G.8X" | "Z.2X";

export interface GlueStartJobRunRequest {
  JobName: string;
  /** A previous run to retry. */
  JobRunId?: string;
  /** `--name` keys, as the job script reads them. */
  Arguments?: Record<string, string>;
  Timeout?: number;
  MaxCapacity?: number;
  SecurityConfiguration?: string;
  NotificationProperty?: { NotifyDelayAfter?: number };
  WorkerType?: GlueWorkerType;
  NumberOfWorkers?: number;
  ExecutionClass?: "FLEX" | "STANDARD";
}

export interface GlueStartJobRunResult extends SdkResponse {
  JobRunId: string;
}

export type GlueJobRunState =
  | "STARTING"
  | "RUNNING"
  | "STOPPING"
  | "STOPPED"
  | "SUCCEEDED"
  | "FAILED"
  | "TIMEOUT"
  | "ERROR"
  | "WAITING"
  | "EXPIRED";

/** `.sync`: the run once it has finished, as GetJobRun's `JobRun` (not wrapped). */
export interface GlueJobRun {
  Id: string;
  Attempt: number;
  JobName: string;
  JobRunState: GlueJobRunState;
  Arguments?: Record<string, string>;
  ErrorMessage?: string;
  PredecessorRuns?: { JobName?: string; RunId?: string }[];
  StartedOn?: EpochMillis;
  LastModifiedOn?: EpochMillis;
  CompletedOn?: EpochMillis;
  /** Seconds. */
  ExecutionTime?: number;
  Timeout?: number;
  MaxCapacity?: number;
  AllocatedCapacity?: number;
  WorkerType?: GlueWorkerType;
  NumberOfWorkers?: number;
  GlueVersion?: string;
  LogGroupName?: string;
  SecurityConfiguration?: string;
  ExecutionClass?: "FLEX" | "STANDARD";
  DPUSeconds?: number;
}

export type GlueStartJobRunSyncResult = GlueJobRun;

// ---------------------------------------------------------------------------------------------
// Athena: arn:aws:states:::athena:startQueryExecution (.sync)

export interface AthenaResultConfiguration {
  OutputLocation?: string;
  EncryptionConfiguration?: { EncryptionOption: "SSE_S3" | "SSE_KMS" | "CSE_KMS"; KmsKey?: string };
  ExpectedBucketOwner?: string;
}

export interface AthenaQueryExecutionContext {
  Database?: string;
  Catalog?: string;
}

export interface AthenaStartQueryExecutionRequest {
  QueryString: string;
  QueryExecutionContext?: AthenaQueryExecutionContext;
  ResultConfiguration?: AthenaResultConfiguration;
  WorkGroup?: string;
  /** Values for the query's `?` placeholders, in order. */
  ExecutionParameters?: string[];
  ClientRequestToken?: string;
  ResultReuseConfiguration?: { ResultReuseByAgeConfiguration?: { Enabled: boolean; MaxAgeInMinutes?: number } };
}

export interface AthenaStartQueryExecutionResult extends SdkResponse {
  QueryExecutionId: string;
}

export type AthenaQueryState = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

export interface AthenaQueryExecution {
  QueryExecutionId: string;
  Query: string;
  StatementType?: "DDL" | "DML" | "UTILITY";
  ResultConfiguration?: AthenaResultConfiguration;
  QueryExecutionContext?: AthenaQueryExecutionContext;
  Status: {
    State: AthenaQueryState;
    StateChangeReason?: string;
    SubmissionDateTime?: EpochMillis;
    CompletionDateTime?: EpochMillis;
    AthenaError?: { ErrorCategory?: number; ErrorType?: number; Retryable?: boolean; ErrorMessage?: string };
  };
  Statistics?: {
    EngineExecutionTimeInMillis?: number;
    DataScannedInBytes?: number;
    DataManifestLocation?: string;
    TotalExecutionTimeInMillis?: number;
    QueryQueueTimeInMillis?: number;
    QueryPlanningTimeInMillis?: number;
    ServiceProcessingTimeInMillis?: number;
  };
  WorkGroup?: string;
  EngineVersion?: { SelectedEngineVersion?: string; EffectiveEngineVersion?: string };
  ExecutionParameters?: string[];
}

/** `.sync`: GetQueryExecution's response once the query has finished. */
export interface AthenaStartQueryExecutionSyncResult {
  QueryExecution: AthenaQueryExecution;
}

// ---------------------------------------------------------------------------------------------
// CodeBuild: arn:aws:states:::codebuild:startBuild (.sync)

export interface CodeBuildEnvironmentVariable {
  Name: string;
  Value: string;
  Type?: "PLAINTEXT" | "PARAMETER_STORE" | "SECRETS_MANAGER";
}

export interface CodeBuildStartBuildRequest {
  ProjectName: string;
  SourceVersion?: string;
  EnvironmentVariablesOverride?: CodeBuildEnvironmentVariable[];
  BuildspecOverride?: string;
  ComputeTypeOverride?: string;
  ImageOverride?: string;
  SourceTypeOverride?: string;
  SourceLocationOverride?: string;
  TimeoutInMinutesOverride?: number;
  QueuedTimeoutInMinutesOverride?: number;
  PrivilegedModeOverride?: boolean;
  IdempotencyToken?: string;
}

export type CodeBuildStatus = "SUCCEEDED" | "FAILED" | "FAULT" | "TIMED_OUT" | "IN_PROGRESS" | "STOPPED";

export interface CodeBuildPhase {
  PhaseType: string;
  PhaseStatus?: CodeBuildStatus;
  StartTime?: EpochMillis;
  EndTime?: EpochMillis;
  DurationInSeconds?: number;
  Contexts?: { StatusCode?: string; Message?: string }[];
}

export interface CodeBuildBuild {
  Id: string;
  Arn: string;
  BuildNumber?: number;
  ProjectName: string;
  BuildStatus: CodeBuildStatus;
  BuildComplete: boolean;
  CurrentPhase?: string;
  SourceVersion?: string;
  ResolvedSourceVersion?: string;
  Initiator?: string;
  StartTime?: EpochMillis;
  EndTime?: EpochMillis;
  Phases?: CodeBuildPhase[];
  Logs?: { GroupName?: string; StreamName?: string; DeepLink?: string };
  Artifacts?: { Location?: string; Sha256sum?: string; Md5sum?: string };
  Environment?: {
    Type?: string;
    Image?: string;
    ComputeType?: string;
    EnvironmentVariables?: CodeBuildEnvironmentVariable[];
  };
  ExportedEnvironmentVariables?: NameValue[];
  TimeoutInMinutes?: number;
  QueuedTimeoutInMinutes?: number;
}

export interface CodeBuildStartBuildResult extends SdkResponse {
  Build: CodeBuildBuild;
}

/** `.sync`: the build once it has finished. */
export interface CodeBuildStartBuildSyncResult {
  Build: CodeBuildBuild;
}

// ---------------------------------------------------------------------------------------------
// Step Functions: arn:aws:states:::states:startExecution (.sync, .sync:2, .waitForTaskToken)

export interface StartExecutionRequest<I = JsonValue> {
  StateMachineArn: string;
  /** A JSON value; with `.sync` (v1) Step Functions also accepts it as a JSON string. */
  Input?: I;
  Name?: string;
  TraceHeader?: string;
}

export interface StartExecutionResult extends SdkResponse {
  ExecutionArn: string;
  StartDate: EpochMillis;
}

interface DescribedExecution {
  ExecutionArn: string;
  StateMachineArn: string;
  StateMachineAliasArn?: string;
  StateMachineVersionArn?: string;
  MapRunArn?: string;
  Name: string;
  /** Always SUCCEEDED: otherwise the task fails instead of returning. */
  Status: "SUCCEEDED";
  StartDate: EpochMillis;
  StopDate: EpochMillis;
  InputDetails: { Included: boolean };
  OutputDetails: { Included: boolean };
  RedriveCount?: number;
  RedriveStatus?: "REDRIVABLE" | "NOT_REDRIVABLE" | "REDRIVABLE_BY_MAP_RUN";
  RedriveStatusReason?: string;
  TraceHeader?: string;
}

/** `.sync:2`: the child's DescribeExecution, with its input and output as JSON values. */
export interface StartExecutionSync2Result<O = JsonValue, I = JsonValue> extends DescribedExecution {
  Input: I;
  Output: O;
}

/** `.sync` (v1): the same, with input and output as JSON strings. */
export interface StartExecutionSyncResult extends DescribedExecution {
  Input: string;
  Output: string;
}

// ---------------------------------------------------------------------------------------------

/** Each integration's Task `Resource`, with what its Parameters/Arguments take and what it returns. */
export interface IntegrationShapes {
  "arn:aws:states:::lambda:invoke": { request: LambdaInvokeRequest; result: LambdaInvokeResult };
  "arn:aws:states:::sns:publish": { request: SnsPublishRequest; result: SnsPublishResult };
  "arn:aws:states:::sqs:sendMessage": { request: SqsSendMessageRequest; result: SqsSendMessageResult };
  "arn:aws:states:::dynamodb:getItem": { request: DynamoDbGetItemRequest; result: DynamoDbGetItemResult };
  "arn:aws:states:::dynamodb:putItem": { request: DynamoDbPutItemRequest; result: DynamoDbPutItemResult };
  "arn:aws:states:::dynamodb:updateItem": { request: DynamoDbUpdateItemRequest; result: DynamoDbUpdateItemResult };
  "arn:aws:states:::dynamodb:deleteItem": { request: DynamoDbDeleteItemRequest; result: DynamoDbDeleteItemResult };
  "arn:aws:states:::aws-sdk:dynamodb:query": { request: DynamoDbQueryRequest; result: DynamoDbQueryResult };
  "arn:aws:states:::events:putEvents": { request: EventBridgePutEventsRequest; result: EventBridgePutEventsResult };
  "arn:aws:states:::ecs:runTask": { request: EcsRunTaskRequest; result: EcsRunTaskResult };
  "arn:aws:states:::ecs:runTask.sync": { request: EcsRunTaskRequest; result: EcsRunTaskSyncResult };
  "arn:aws:states:::batch:submitJob": { request: BatchSubmitJobRequest; result: BatchSubmitJobResult };
  "arn:aws:states:::batch:submitJob.sync": { request: BatchSubmitJobRequest; result: BatchSubmitJobSyncResult };
  "arn:aws:states:::glue:startJobRun": { request: GlueStartJobRunRequest; result: GlueStartJobRunResult };
  "arn:aws:states:::glue:startJobRun.sync": { request: GlueStartJobRunRequest; result: GlueStartJobRunSyncResult };
  "arn:aws:states:::athena:startQueryExecution": {
    request: AthenaStartQueryExecutionRequest;
    result: AthenaStartQueryExecutionResult;
  };
  "arn:aws:states:::athena:startQueryExecution.sync": {
    request: AthenaStartQueryExecutionRequest;
    result: AthenaStartQueryExecutionSyncResult;
  };
  "arn:aws:states:::codebuild:startBuild": { request: CodeBuildStartBuildRequest; result: CodeBuildStartBuildResult };
  "arn:aws:states:::codebuild:startBuild.sync": {
    request: CodeBuildStartBuildRequest;
    result: CodeBuildStartBuildSyncResult;
  };
  "arn:aws:states:::states:startExecution": { request: StartExecutionRequest; result: StartExecutionResult };
  "arn:aws:states:::states:startExecution.sync": { request: StartExecutionRequest; result: StartExecutionSyncResult };
  "arn:aws:states:::states:startExecution.sync:2": { request: StartExecutionRequest; result: StartExecutionSync2Result };
}

export type IntegrationResource = keyof IntegrationShapes;
