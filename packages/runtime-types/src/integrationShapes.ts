import type { EpochMillis, IsoTimestamp, JsonObject, JsonValue } from "./json.js";
import type {
  AthenaQueryExecution,
  AthenaStartQueryExecutionRequest,
  AthenaStartQueryExecutionResult,
  AthenaStartQueryExecutionSyncResult,
  BatchSubmitJobRequest,
  BatchSubmitJobResult,
  BatchSubmitJobSyncResult,
  CodeBuildStartBuildRequest,
  CodeBuildStartBuildResult,
  CodeBuildStartBuildSyncResult,
  DynamoDbDeleteItemRequest,
  DynamoDbDeleteItemResult,
  DynamoDbGetItemRequest,
  DynamoDbGetItemResult,
  DynamoDbPutItemRequest,
  DynamoDbPutItemResult,
  DynamoDbQueryRequest,
  DynamoDbQueryResult,
  DynamoDbUpdateItemRequest,
  DynamoDbUpdateItemResult,
  EcsRunTaskRequest,
  EcsRunTaskResult,
  EcsRunTaskSyncResult,
  EventBridgePutEventsRequest,
  EventBridgePutEventsResult,
  GlueStartJobRunRequest,
  GlueStartJobRunResult,
  GlueStartJobRunSyncResult,
  LambdaInvokeRequest,
  LambdaInvokeResult,
  SdkResponse,
  SnsPublishRequest,
  SnsPublishResult,
  SqsMessageAttributeValue,
  SqsSendMessageRequest,
  SqsSendMessageResult,
  StartExecutionRequest,
  StartExecutionResult,
  StartExecutionSync2Result,
  StartExecutionSyncResult,
  Tag,
} from "./integrations.js";

// Request and result shapes of the integrations the first shapes file (integrations.ts) does not
// cover, PascalCase as Step Functions passes them, optional where the AWS API makes them optional.
// AWS SDK integrations return the API's response as it is (timestamps as ISO strings); optimized
// integrations add SdkHttpMetadata where they do, and `.sync` results use epoch milliseconds.

// ---------------------------------------------------------------------------------------------
// DynamoDB Scan (aws-sdk:dynamodb:scan)

/** Query's fields without the key condition and order, with the parallel-scan segment. */
export interface DynamoDbScanRequest extends Omit<DynamoDbQueryRequest, "KeyConditionExpression" | "ScanIndexForward"> {
  Segment?: number;
  TotalSegments?: number;
}

/** The same page as Query's: Items, counts and LastEvaluatedKey when there are more. */
export type DynamoDbScanResult = DynamoDbQueryResult;

// ---------------------------------------------------------------------------------------------
// S3 (aws-sdk:s3:…)

export interface S3ListObjectsV2Request {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
  ExpectedBucketOwner?: string;
}

export interface S3Object {
  Key: string;
  LastModified: IsoTimestamp;
  ETag: string;
  Size: number;
  StorageClass?: string;
  ChecksumAlgorithm?: string[];
  Owner?: { DisplayName?: string; Id?: string };
}

export interface S3ListObjectsV2Result {
  IsTruncated: boolean;
  Contents?: S3Object[];
  Name: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys: number;
  CommonPrefixes?: { Prefix: string }[];
  KeyCount: number;
  ContinuationToken?: string;
  /** Present when IsTruncated: pass it as ContinuationToken. */
  NextContinuationToken?: string;
  StartAfter?: string;
}

export interface S3GetObjectRequest {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Range?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  ExpectedBucketOwner?: string;
}

export interface S3GetObjectResult {
  /** The object's content as a string (Step Functions reads it as UTF-8 text). */
  Body: string;
  ContentLength: number;
  ContentType?: string;
  ETag: string;
  LastModified: IsoTimestamp;
  VersionId?: string;
  Metadata?: Record<string, string>;
}

export interface S3PutObjectRequest {
  Bucket: string;
  Key: string;
  /** A string; a JSON value is written as its JSON text. */
  Body: string | JsonValue;
  ContentType?: string;
  Metadata?: Record<string, string>;
  ServerSideEncryption?: "AES256" | "aws:kms" | "aws:kms:dsse";
  SSEKMSKeyId?: string;
  StorageClass?: string;
  Tagging?: string;
  ExpectedBucketOwner?: string;
}

export interface S3PutObjectResult {
  ETag: string;
  VersionId?: string;
  ServerSideEncryption?: string;
}

export interface S3DeleteObjectRequest {
  Bucket: string;
  Key: string;
  VersionId?: string;
  ExpectedBucketOwner?: string;
}

export interface S3DeleteObjectResult {
  DeleteMarker?: boolean;
  VersionId?: string;
}

// ---------------------------------------------------------------------------------------------
// Lambda, asynchronous: arn:aws:states:::lambda:invoke with InvocationType Event

/** `lambda.invokeAsync` sends `InvocationType: "Event"` itself. */
export type LambdaInvokeAsyncRequest<P = JsonValue> = Omit<LambdaInvokeRequest<P>, "InvocationType" | "LogType">;

export interface LambdaInvokeAsyncResult extends SdkResponse {
  /** 202: the event is queued; the function runs later and its result is not returned. */
  StatusCode: number;
  /** An empty payload. */
  Payload: string;
}

// ---------------------------------------------------------------------------------------------
// SQS polling (aws-sdk:sqs:…)

export interface SqsReceiveMessageRequest {
  QueueUrl: string;
  /** 1–10; default 1. */
  MaxNumberOfMessages?: number;
  VisibilityTimeout?: number;
  /** Long polling, 0–20 seconds. */
  WaitTimeSeconds?: number;
  MessageAttributeNames?: string[];
  MessageSystemAttributeNames?: string[];
  ReceiveRequestAttemptId?: string;
}

export interface SqsMessage {
  MessageId: string;
  ReceiptHandle: string;
  MD5OfBody: string;
  Body: string;
  Attributes?: Record<string, string>;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, SqsMessageAttributeValue>;
}

export interface SqsReceiveMessageResult {
  /** Absent when no message arrived. */
  Messages?: SqsMessage[];
}

export interface SqsDeleteMessageRequest {
  QueueUrl: string;
  ReceiptHandle: string;
}

export type SqsEmptyResult = Record<string, never>;

export interface SqsGetQueueAttributesRequest {
  QueueUrl: string;
  AttributeNames?: string[];
}

export interface SqsGetQueueAttributesResult {
  Attributes?: Record<string, string>;
}

export interface SqsChangeMessageVisibilityRequest {
  QueueUrl: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}

// ---------------------------------------------------------------------------------------------
// EventBridge Scheduler (aws-sdk:scheduler:…)

export interface SchedulerTarget {
  Arn: string;
  RoleArn: string;
  Input?: string;
  RetryPolicy?: { MaximumEventAgeInSeconds?: number; MaximumRetryAttempts?: number };
  DeadLetterConfig?: { Arn?: string };
}

export interface SchedulerCreateScheduleRequest {
  Name: string;
  GroupName?: string;
  /** `at(2026-01-01T00:00:00)`, `rate(5 minutes)`, `cron(0 12 * * ? *)`. */
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  FlexibleTimeWindow: { Mode: "OFF" | "FLEXIBLE"; MaximumWindowInMinutes?: number };
  Target: SchedulerTarget;
  Description?: string;
  StartDate?: IsoTimestamp;
  EndDate?: IsoTimestamp;
  State?: "ENABLED" | "DISABLED";
  ActionAfterCompletion?: "NONE" | "DELETE";
  KmsKeyArn?: string;
  ClientToken?: string;
}

export interface SchedulerCreateScheduleResult {
  ScheduleArn: string;
}

export interface SchedulerDeleteScheduleRequest {
  Name: string;
  GroupName?: string;
  ClientToken?: string;
}

export type SchedulerDeleteScheduleResult = Record<string, never>;

// ---------------------------------------------------------------------------------------------
// API Gateway: arn:aws:states:::apigateway:invoke

export interface ApiGatewayInvokeRequest {
  /** `ID.execute-api.REGION.amazonaws.com`, without `https://`. */
  ApiEndpoint: string;
  Method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  Stage?: string;
  Path?: string;
  Headers?: Record<string, string[]>;
  QueryParameters?: Record<string, string[]>;
  /** Serialized as JSON unless it is a string. */
  RequestBody?: JsonValue;
  AllowNullValues?: boolean;
  AuthType?: "NO_AUTH" | "IAM_ROLE" | "RESOURCE_POLICY";
}

export interface ApiGatewayInvokeResult {
  /** The body, parsed when the response's Content-Type is JSON. */
  ResponseBody: JsonValue;
  Headers: Record<string, string[]>;
  StatusCode: number;
  StatusText: string;
}

// ---------------------------------------------------------------------------------------------
// Kinesis Data Streams and Firehose (aws-sdk:kinesis:…, aws-sdk:firehose:…)

export interface KinesisPutRecordRequest {
  StreamName?: string;
  StreamARN?: string;
  /** Base64 of the record's bytes. */
  Data: string;
  PartitionKey: string;
  ExplicitHashKey?: string;
  SequenceNumberForOrdering?: string;
}

export interface KinesisPutRecordResult {
  ShardId: string;
  SequenceNumber: string;
  EncryptionType?: "NONE" | "KMS";
}

export interface KinesisPutRecordsRequest {
  StreamName?: string;
  StreamARN?: string;
  Records: { Data: string; PartitionKey: string; ExplicitHashKey?: string }[];
}

export interface KinesisPutRecordsResult {
  /** Records that failed carry ErrorCode and ErrorMessage instead of ShardId and SequenceNumber. */
  FailedRecordCount?: number;
  Records: { SequenceNumber?: string; ShardId?: string; ErrorCode?: string; ErrorMessage?: string }[];
  EncryptionType?: "NONE" | "KMS";
}

export interface FirehosePutRecordRequest {
  DeliveryStreamName: string;
  /** Data is base64 of the record's bytes. */
  Record: { Data: string };
}

export interface FirehosePutRecordResult {
  RecordId: string;
  Encrypted?: boolean;
}

export interface FirehosePutRecordBatchRequest {
  DeliveryStreamName: string;
  Records: { Data: string }[];
}

export interface FirehosePutRecordBatchResult {
  FailedPutCount: number;
  Encrypted?: boolean;
  RequestResponses: { RecordId?: string; ErrorCode?: string; ErrorMessage?: string }[];
}

// ---------------------------------------------------------------------------------------------
// Redshift Data API (aws-sdk:redshiftdata:…)

export interface RedshiftDataSqlParameter {
  name: string;
  value: string;
}

export interface RedshiftDataExecuteStatementRequest {
  Sql: string;
  Database?: string;
  /** A provisioned cluster, or WorkgroupName for Redshift Serverless. */
  ClusterIdentifier?: string;
  WorkgroupName?: string;
  DbUser?: string;
  SecretArn?: string;
  Parameters?: RedshiftDataSqlParameter[];
  StatementName?: string;
  WithEvent?: boolean;
  ClientToken?: string;
  SessionId?: string;
  SessionKeepAliveSeconds?: number;
}

export interface RedshiftDataExecuteStatementResult {
  Id: string;
  ClusterIdentifier?: string;
  WorkgroupName?: string;
  Database?: string;
  DbUser?: string;
  SecretArn?: string;
  CreatedAt?: IsoTimestamp;
  SessionId?: string;
}

export interface RedshiftDataDescribeStatementRequest {
  Id: string;
}

export type RedshiftDataStatementStatus = "SUBMITTED" | "PICKED" | "STARTED" | "FINISHED" | "ABORTED" | "FAILED" | "ALL";

export interface RedshiftDataDescribeStatementResult {
  Id: string;
  Status?: RedshiftDataStatementStatus;
  /** Present when Status is FAILED. */
  Error?: string;
  QueryString?: string;
  HasResultSet?: boolean;
  ResultRows?: number;
  ResultSize?: number;
  Duration?: number;
  CreatedAt?: IsoTimestamp;
  UpdatedAt?: IsoTimestamp;
  RedshiftQueryId?: number;
}

// ---------------------------------------------------------------------------------------------
// Backup (aws-sdk:backup:…)

export interface BackupStartBackupJobRequest {
  BackupVaultName: string;
  ResourceArn: string;
  IamRoleArn: string;
  IdempotencyToken?: string;
  StartWindowMinutes?: number;
  CompleteWindowMinutes?: number;
  Lifecycle?: { MoveToColdStorageAfterDays?: number; DeleteAfterDays?: number };
  RecoveryPointTags?: Record<string, string>;
  BackupOptions?: Record<string, string>;
}

export interface BackupStartBackupJobResult {
  BackupJobId: string;
  RecoveryPointArn?: string;
  CreationDate: IsoTimestamp;
  IsParent?: boolean;
}

export interface BackupDescribeBackupJobRequest {
  BackupJobId: string;
}

export type BackupJobState = "CREATED" | "PENDING" | "RUNNING" | "ABORTING" | "ABORTED" | "COMPLETED" | "FAILED" | "EXPIRED" | "PARTIAL";

export interface BackupDescribeBackupJobResult {
  BackupJobId: string;
  BackupVaultName?: string;
  ResourceArn?: string;
  RecoveryPointArn?: string;
  State?: BackupJobState;
  StatusMessage?: string;
  PercentDone?: string;
  BackupSizeInBytes?: number;
  CreationDate?: IsoTimestamp;
  CompletionDate?: IsoTimestamp;
  ResourceType?: string;
}

// ---------------------------------------------------------------------------------------------
// DataBrew: arn:aws:states:::databrew:startJobRun (.sync)

export interface DataBrewStartJobRunRequest {
  Name: string;
}

export interface DataBrewStartJobRunResult extends SdkResponse {
  RunId: string;
}

export type DataBrewJobRunState = "STARTING" | "RUNNING" | "STOPPING" | "STOPPED" | "SUCCEEDED" | "FAILED" | "TIMEOUT";

/** `.sync`: the finished run, as DescribeJobRun returns it. */
export interface DataBrewJobRun {
  JobName: string;
  RunId: string;
  State: DataBrewJobRunState;
  Attempt?: number;
  StartedOn?: EpochMillis;
  CompletedOn?: EpochMillis;
  ExecutionTime?: number;
  ErrorMessage?: string;
  LogGroupName?: string;
  LogSubscription?: "ENABLE" | "DISABLE";
  Outputs?: JsonObject[];
  StartedBy?: string;
  DatasetName?: string;
}

// ---------------------------------------------------------------------------------------------
// Athena: stopQueryExecution, getQueryExecution, getQueryResults

export interface AthenaQueryExecutionIdRequest {
  QueryExecutionId: string;
}

export type AthenaStopQueryExecutionResult = SdkResponse;

/**
 * A JSON shape as the AWS SDK models a response: every member may be absent. Read with `?.`
 * and `??`; the compiled ASL tests presence the same way.
 */
export type AwsOptional<T> = T extends readonly (infer U)[] ? AwsOptional<U>[] : T extends object ? { [K in keyof T]?: AwsOptional<T[K]> } : T;

/** AWS's model of GetQueryExecution makes every member optional, down to Status.State. */
export interface AthenaGetQueryExecutionResult extends SdkResponse {
  QueryExecution?: AwsOptional<AthenaQueryExecution>;
}

export interface AthenaGetQueryResultsRequest {
  QueryExecutionId: string;
  /** Up to 1,000 rows a page. */
  MaxResults?: number;
  NextToken?: string;
}

export interface AthenaColumnInfo {
  Name: string;
  Type: string;
  CatalogName?: string;
  SchemaName?: string;
  TableName?: string;
  Label?: string;
  Precision?: number;
  Scale?: number;
  Nullable?: "NOT_NULL" | "NULLABLE" | "UNKNOWN";
  CaseSensitive?: boolean;
}

export interface AthenaGetQueryResultsResult extends SdkResponse {
  /** A SELECT's first row holds the column names; AWS's model makes every member optional. */
  ResultSet?: AwsOptional<{
    Rows: { Data: { VarCharValue: string }[] }[];
    ResultSetMetadata: { ColumnInfo: AthenaColumnInfo[] };
  }>;
  UpdateCount?: number;
  /** Present when there are more rows: pass it back as NextToken. */
  NextToken?: string;
}

// ---------------------------------------------------------------------------------------------
// SageMaker: arn:aws:states:::sagemaker:createTrainingJob | createTransformJob | createProcessingJob (.sync)

export interface SageMakerS3DataSource {
  S3DataType: "ManifestFile" | "S3Prefix" | "AugmentedManifestFile";
  S3Uri: string;
  S3DataDistributionType?: "FullyReplicated" | "ShardedByS3Key";
}

export interface SageMakerTrainingChannel {
  ChannelName: string;
  DataSource: { S3DataSource?: SageMakerS3DataSource };
  ContentType?: string;
  CompressionType?: "None" | "Gzip";
  InputMode?: "Pipe" | "File" | "FastFile";
}

export interface SageMakerResourceConfig {
  InstanceType: string;
  InstanceCount: number;
  VolumeSizeInGB: number;
  VolumeKmsKeyId?: string;
}

export interface SageMakerStoppingCondition {
  MaxRuntimeInSeconds?: number;
  MaxWaitTimeInSeconds?: number;
}

export interface SageMakerCreateTrainingJobRequest {
  TrainingJobName: string;
  AlgorithmSpecification: { TrainingInputMode: "Pipe" | "File" | "FastFile"; TrainingImage?: string; AlgorithmName?: string };
  RoleArn: string;
  OutputDataConfig: { S3OutputPath: string; KmsKeyId?: string };
  ResourceConfig: SageMakerResourceConfig;
  StoppingCondition: SageMakerStoppingCondition;
  InputDataConfig?: SageMakerTrainingChannel[];
  HyperParameters?: Record<string, string>;
  Environment?: Record<string, string>;
  Tags?: Tag[];
}

export interface SageMakerCreateTrainingJobResult extends SdkResponse {
  TrainingJobArn: string;
}

export type SageMakerJobStatus = "InProgress" | "Completed" | "Failed" | "Stopping" | "Stopped";

/** `.sync`: DescribeTrainingJob of the finished job. */
export interface SageMakerTrainingJob {
  TrainingJobName: string;
  TrainingJobArn: string;
  TrainingJobStatus: SageMakerJobStatus;
  SecondaryStatus?: string;
  FailureReason?: string;
  ModelArtifacts: { S3ModelArtifacts: string };
  RoleArn?: string;
  HyperParameters?: Record<string, string>;
  CreationTime: EpochMillis;
  TrainingStartTime?: EpochMillis;
  TrainingEndTime?: EpochMillis;
  BillableTimeInSeconds?: number;
  FinalMetricDataList?: { MetricName?: string; Value?: number; Timestamp?: EpochMillis }[];
}

export interface SageMakerCreateTransformJobRequest {
  TransformJobName: string;
  ModelName: string;
  TransformInput: { DataSource: { S3DataSource: SageMakerS3DataSource }; ContentType?: string; CompressionType?: "None" | "Gzip"; SplitType?: "None" | "Line" | "RecordIO" | "TFRecord" };
  TransformOutput: { S3OutputPath: string; Accept?: string; AssembleWith?: "None" | "Line"; KmsKeyId?: string };
  TransformResources: { InstanceType: string; InstanceCount: number; VolumeKmsKeyId?: string };
  MaxConcurrentTransforms?: number;
  MaxPayloadInMB?: number;
  BatchStrategy?: "MultiRecord" | "SingleRecord";
  Environment?: Record<string, string>;
  Tags?: Tag[];
}

export interface SageMakerCreateTransformJobResult extends SdkResponse {
  TransformJobArn: string;
}

export interface SageMakerTransformJob {
  TransformJobName: string;
  TransformJobArn: string;
  TransformJobStatus: SageMakerJobStatus;
  FailureReason?: string;
  ModelName: string;
  TransformOutput?: { S3OutputPath: string };
  CreationTime: EpochMillis;
  TransformStartTime?: EpochMillis;
  TransformEndTime?: EpochMillis;
}

export interface SageMakerProcessingInput {
  InputName: string;
  S3Input?: { S3Uri: string; LocalPath?: string; S3DataType: "ManifestFile" | "S3Prefix"; S3InputMode?: "Pipe" | "File" };
}

export interface SageMakerProcessingOutput {
  OutputName: string;
  S3Output?: { S3Uri: string; LocalPath: string; S3UploadMode: "Continuous" | "EndOfJob" };
}

export interface SageMakerCreateProcessingJobRequest {
  ProcessingJobName: string;
  ProcessingResources: { ClusterConfig: { InstanceCount: number; InstanceType: string; VolumeSizeInGB: number; VolumeKmsKeyId?: string } };
  AppSpecification: { ImageUri: string; ContainerEntrypoint?: string[]; ContainerArguments?: string[] };
  RoleArn: string;
  ProcessingInputs?: SageMakerProcessingInput[];
  ProcessingOutputConfig?: { Outputs: SageMakerProcessingOutput[]; KmsKeyId?: string };
  StoppingCondition?: { MaxRuntimeInSeconds: number };
  Environment?: Record<string, string>;
  Tags?: Tag[];
}

export interface SageMakerCreateProcessingJobResult extends SdkResponse {
  ProcessingJobArn: string;
}

export interface SageMakerProcessingJob {
  ProcessingJobName: string;
  ProcessingJobArn: string;
  ProcessingJobStatus: SageMakerJobStatus;
  FailureReason?: string;
  ExitMessage?: string;
  CreationTime: EpochMillis;
  ProcessingStartTime?: EpochMillis;
  ProcessingEndTime?: EpochMillis;
}

// ---------------------------------------------------------------------------------------------
// Bedrock: arn:aws:states:::bedrock:invokeModel

export interface BedrockInvokeModelRequest<B = JsonValue> {
  /** A foundation model id (`anthropic.claude-3-haiku-20240307-v1:0`) or a model ARN. */
  ModelId: string;
  /** The model's own request JSON; or give Input.S3Uri instead. */
  Body?: B;
  Input?: { S3Uri: string };
  Output?: { S3Uri: string };
  ContentType?: string;
  Accept?: string;
  GuardrailIdentifier?: string;
  GuardrailVersion?: string;
  Trace?: "ENABLED" | "DISABLED";
}

export interface BedrockInvokeModelResult<R = JsonValue> {
  /** The model's own response JSON; absent when Output.S3Uri was given. */
  Body?: R;
  ContentType: string;
}

// ---------------------------------------------------------------------------------------------
// EMR: arn:aws:states:::elasticmapreduce:addStep | createCluster | terminateCluster (.sync)

export interface EmrStepConfig {
  Name: string;
  ActionOnFailure?: "TERMINATE_JOB_FLOW" | "TERMINATE_CLUSTER" | "CANCEL_AND_WAIT" | "CONTINUE";
  HadoopJarStep: { Jar: string; MainClass?: string; Args?: string[]; Properties?: { Key: string; Value: string }[] };
}

export interface EmrAddStepRequest {
  ClusterId: string;
  Step: EmrStepConfig;
  ExecutionRoleArn?: string;
}

export interface EmrAddStepResult extends SdkResponse {
  StepId: string;
}

/** `.sync`: the finished step, as DescribeStep returns it. */
export interface EmrAddStepSyncResult {
  Step: {
    Id: string;
    Name: string;
    Status: { State: "PENDING" | "CANCEL_PENDING" | "RUNNING" | "COMPLETED" | "CANCELLED" | "FAILED" | "INTERRUPTED"; FailureDetails?: { Reason?: string; Message?: string; LogFile?: string } };
    ActionOnFailure?: string;
    Config?: { Jar?: string; Args?: string[]; MainClass?: string };
  };
}

export interface EmrCreateClusterRequest {
  Name: string;
  ReleaseLabel?: string;
  Instances: {
    KeepJobFlowAliveWhenNoSteps?: boolean;
    InstanceCount?: number;
    MasterInstanceType?: string;
    SlaveInstanceType?: string;
    InstanceGroups?: { InstanceRole: "MASTER" | "CORE" | "TASK"; InstanceType: string; InstanceCount: number; Name?: string; Market?: "ON_DEMAND" | "SPOT" }[];
    Ec2SubnetId?: string;
    Ec2KeyName?: string;
  };
  /** The instance profile of the cluster's EC2 instances. */
  JobFlowRole: string;
  ServiceRole: string;
  Applications?: { Name: string; Version?: string }[];
  Steps?: EmrStepConfig[];
  LogUri?: string;
  VisibleToAllUsers?: boolean;
  Configurations?: JsonObject[];
  Tags?: Tag[];
}

export interface EmrCreateClusterResult extends SdkResponse {
  ClusterId: string;
  ClusterArn?: string;
}

export interface EmrTerminateClusterRequest {
  ClusterId: string;
}

export type EmrTerminateClusterResult = SdkResponse;

// ---------------------------------------------------------------------------------------------
// CodePipeline (aws-sdk:codepipeline:…)

export interface CodePipelineStartPipelineExecutionRequest {
  Name: string;
  Variables?: { Name: string; Value: string }[];
  ClientRequestToken?: string;
  SourceRevisions?: { ActionName: string; RevisionType: "COMMIT_ID" | "IMAGE_DIGEST" | "S3_OBJECT_VERSION_ID" | "S3_OBJECT_KEY"; RevisionValue: string }[];
}

export interface CodePipelineStartPipelineExecutionResult {
  PipelineExecutionId: string;
}

export interface CodePipelineGetPipelineExecutionRequest {
  PipelineName: string;
  PipelineExecutionId: string;
}

export type CodePipelineExecutionStatus = "Cancelled" | "InProgress" | "Stopped" | "Stopping" | "Succeeded" | "Superseded" | "Failed";

export interface CodePipelineGetPipelineExecutionResult {
  PipelineExecution: {
    PipelineName?: string;
    PipelineVersion?: number;
    PipelineExecutionId?: string;
    Status?: CodePipelineExecutionStatus;
    StatusSummary?: string;
    ExecutionMode?: "QUEUED" | "SUPERSEDED" | "PARALLEL";
    Variables?: { Name?: string; ResolvedValue?: string }[];
  };
}

// ---------------------------------------------------------------------------------------------
// MediaConvert: arn:aws:states:::mediaconvert:createJob (.sync)

export interface MediaConvertCreateJobRequest {
  /** The role MediaConvert assumes to read the input and write the outputs. */
  Role: string;
  /** The job's settings, as MediaConvert's JobSettings (inputs, output groups, …). */
  Settings: JsonObject;
  JobTemplate?: string;
  Queue?: string;
  Priority?: number;
  UserMetadata?: Record<string, string>;
  StatusUpdateInterval?: string;
  Tags?: Record<string, string>;
  ClientRequestToken?: string;
}

export type MediaConvertJobStatus = "SUBMITTED" | "PROGRESSING" | "COMPLETE" | "CANCELED" | "ERROR";

export interface MediaConvertJob {
  Id: string;
  Arn: string;
  Role: string;
  Settings: JsonObject;
  Status: MediaConvertJobStatus;
  ErrorCode?: number;
  ErrorMessage?: string;
  Queue?: string;
  JobTemplate?: string;
  CreatedAt?: EpochMillis;
  Timing?: { SubmitTime?: EpochMillis; StartTime?: EpochMillis; FinishTime?: EpochMillis };
  OutputGroupDetails?: JsonObject[];
  UserMetadata?: Record<string, string>;
}

export interface MediaConvertCreateJobResult extends SdkResponse {
  Job: MediaConvertJob;
}

/** `.sync`: GetJob of the completed job. */
export interface MediaConvertCreateJobSyncResult {
  Job: MediaConvertJob;
}

// ---------------------------------------------------------------------------------------------
// Secrets Manager and Systems Manager (aws-sdk:secretsmanager:…, aws-sdk:ssm:…)

export interface SecretsManagerGetSecretValueRequest {
  /** The secret's name or ARN. */
  SecretId: string;
  VersionId?: string;
  VersionStage?: string;
}

export interface SecretsManagerGetSecretValueResult {
  ARN: string;
  Name: string;
  VersionId: string;
  /** One of SecretString and SecretBinary (base64) is present. */
  SecretString?: string;
  SecretBinary?: string;
  VersionStages?: string[];
  CreatedDate?: IsoTimestamp;
}

export interface SsmStartAutomationExecutionRequest {
  DocumentName: string;
  DocumentVersion?: string;
  Parameters?: Record<string, string[]>;
  Mode?: "Auto" | "Interactive";
  TargetParameterName?: string;
  Targets?: { Key: string; Values: string[] }[];
  MaxConcurrency?: string;
  MaxErrors?: string;
  ClientToken?: string;
  Tags?: Tag[];
}

export interface SsmStartAutomationExecutionResult {
  AutomationExecutionId: string;
}

export interface SsmGetAutomationExecutionRequest {
  AutomationExecutionId: string;
}

export type SsmAutomationExecutionStatus =
  | "Pending"
  | "InProgress"
  | "Waiting"
  | "Success"
  | "TimedOut"
  | "Cancelling"
  | "Cancelled"
  | "Failed"
  | "PendingApproval"
  | "Approved"
  | "Rejected"
  | "Scheduled"
  | "RunbookInProgress"
  | "PendingChangeCalendarOverride"
  | "ChangeCalendarOverrideApproved"
  | "ChangeCalendarOverrideRejected"
  | "CompletedWithSuccess"
  | "CompletedWithFailure"
  | "Exited";

export interface SsmGetAutomationExecutionResult {
  AutomationExecution: {
    AutomationExecutionId?: string;
    DocumentName?: string;
    DocumentVersion?: string;
    AutomationExecutionStatus?: SsmAutomationExecutionStatus;
    ExecutionStartTime?: IsoTimestamp;
    ExecutionEndTime?: IsoTimestamp;
    Outputs?: Record<string, string[]>;
    Parameters?: Record<string, string[]>;
    FailureMessage?: string;
    Mode?: "Auto" | "Interactive";
  };
}

export interface SsmGetParameterRequest {
  Name: string;
  /** Decrypts a SecureString parameter. */
  WithDecryption?: boolean;
}

export interface SsmGetParameterResult {
  Parameter: {
    Name: string;
    Type: "String" | "StringList" | "SecureString";
    Value: string;
    Version: number;
    ARN: string;
    DataType?: string;
    LastModifiedDate?: IsoTimestamp;
    Selector?: string;
    SourceResult?: string;
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Each row of the integration table by its key: what its request takes, and what it returns
 * with each pattern a plain call can use (`.waitForTaskToken` returns what the external system
 * sends back, so it has no entry). `integrationRows.test.ts` checks these keys and patterns
 * against the rows.
 */
export interface IntegrationActions {
  "dynamodb.getItem": { request: DynamoDbGetItemRequest; results: { requestResponse: DynamoDbGetItemResult } };
  "dynamodb.putItem": { request: DynamoDbPutItemRequest; results: { requestResponse: DynamoDbPutItemResult } };
  "dynamodb.updateItem": { request: DynamoDbUpdateItemRequest; results: { requestResponse: DynamoDbUpdateItemResult } };
  "dynamodb.deleteItem": { request: DynamoDbDeleteItemRequest; results: { requestResponse: DynamoDbDeleteItemResult } };
  "dynamodb.query": { request: DynamoDbQueryRequest; results: { requestResponse: DynamoDbQueryResult } };
  "dynamodb.scan": { request: DynamoDbScanRequest; results: { requestResponse: DynamoDbScanResult } };
  "s3.listObjectsV2": { request: S3ListObjectsV2Request; results: { requestResponse: S3ListObjectsV2Result } };
  "s3.getObject": { request: S3GetObjectRequest; results: { requestResponse: S3GetObjectResult } };
  "s3.putObject": { request: S3PutObjectRequest; results: { requestResponse: S3PutObjectResult } };
  "s3.deleteObject": { request: S3DeleteObjectRequest; results: { requestResponse: S3DeleteObjectResult } };
  "lambda.invoke": { request: LambdaInvokeRequest; results: { requestResponse: LambdaInvokeResult } };
  "lambda.invokeAsync": { request: LambdaInvokeAsyncRequest; results: { requestResponse: LambdaInvokeAsyncResult } };
  "sns.publish": { request: SnsPublishRequest; results: { requestResponse: SnsPublishResult } };
  "sqs.sendMessage": { request: SqsSendMessageRequest; results: { requestResponse: SqsSendMessageResult } };
  "sqs.receiveMessage": { request: SqsReceiveMessageRequest; results: { requestResponse: SqsReceiveMessageResult } };
  "sqs.deleteMessage": { request: SqsDeleteMessageRequest; results: { requestResponse: SqsEmptyResult } };
  "sqs.getQueueAttributes": { request: SqsGetQueueAttributesRequest; results: { requestResponse: SqsGetQueueAttributesResult } };
  "sqs.changeMessageVisibility": { request: SqsChangeMessageVisibilityRequest; results: { requestResponse: SqsEmptyResult } };
  "eventBridge.putEvents": { request: EventBridgePutEventsRequest; results: { requestResponse: EventBridgePutEventsResult } };
  "scheduler.createSchedule": { request: SchedulerCreateScheduleRequest; results: { requestResponse: SchedulerCreateScheduleResult } };
  "scheduler.deleteSchedule": { request: SchedulerDeleteScheduleRequest; results: { requestResponse: SchedulerDeleteScheduleResult } };
  "apigateway.invoke": { request: ApiGatewayInvokeRequest; results: { requestResponse: ApiGatewayInvokeResult } };
  "ecs.runTask": { request: EcsRunTaskRequest; results: { requestResponse: EcsRunTaskResult; sync: EcsRunTaskSyncResult } };
  "states.startExecution": {
    request: StartExecutionRequest;
    results: { requestResponse: StartExecutionResult; sync: StartExecutionSyncResult; "sync:2": StartExecutionSync2Result };
  };
  "kinesis.putRecord": { request: KinesisPutRecordRequest; results: { requestResponse: KinesisPutRecordResult } };
  "kinesis.putRecords": { request: KinesisPutRecordsRequest; results: { requestResponse: KinesisPutRecordsResult } };
  "firehose.putRecord": { request: FirehosePutRecordRequest; results: { requestResponse: FirehosePutRecordResult } };
  "firehose.putRecordBatch": { request: FirehosePutRecordBatchRequest; results: { requestResponse: FirehosePutRecordBatchResult } };
  "redshiftData.executeStatement": { request: RedshiftDataExecuteStatementRequest; results: { requestResponse: RedshiftDataExecuteStatementResult } };
  "redshiftData.describeStatement": { request: RedshiftDataDescribeStatementRequest; results: { requestResponse: RedshiftDataDescribeStatementResult } };
  "backup.startBackupJob": { request: BackupStartBackupJobRequest; results: { requestResponse: BackupStartBackupJobResult } };
  "backup.describeBackupJob": { request: BackupDescribeBackupJobRequest; results: { requestResponse: BackupDescribeBackupJobResult } };
  "databrew.startJobRun": { request: DataBrewStartJobRunRequest; results: { requestResponse: DataBrewStartJobRunResult; sync: DataBrewJobRun } };
  "athena.startQueryExecution": {
    request: AthenaStartQueryExecutionRequest;
    results: { requestResponse: AthenaStartQueryExecutionResult; sync: AthenaStartQueryExecutionSyncResult };
  };
  "athena.stopQueryExecution": { request: AthenaQueryExecutionIdRequest; results: { requestResponse: AthenaStopQueryExecutionResult } };
  "athena.getQueryExecution": { request: AthenaQueryExecutionIdRequest; results: { requestResponse: AthenaGetQueryExecutionResult } };
  "athena.getQueryResults": { request: AthenaGetQueryResultsRequest; results: { requestResponse: AthenaGetQueryResultsResult } };
  "sagemaker.createTrainingJob": {
    request: SageMakerCreateTrainingJobRequest;
    results: { requestResponse: SageMakerCreateTrainingJobResult; sync: SageMakerTrainingJob };
  };
  "sagemaker.createTransformJob": {
    request: SageMakerCreateTransformJobRequest;
    results: { requestResponse: SageMakerCreateTransformJobResult; sync: SageMakerTransformJob };
  };
  "sagemaker.createProcessingJob": {
    request: SageMakerCreateProcessingJobRequest;
    results: { requestResponse: SageMakerCreateProcessingJobResult; sync: SageMakerProcessingJob };
  };
  "bedrock.invokeModel": { request: BedrockInvokeModelRequest; results: { requestResponse: BedrockInvokeModelResult } };
  "emr.addStep": { request: EmrAddStepRequest; results: { requestResponse: EmrAddStepResult; sync: EmrAddStepSyncResult } };
  "emr.createCluster": { request: EmrCreateClusterRequest; results: { requestResponse: EmrCreateClusterResult; sync: EmrCreateClusterResult } };
  "emr.terminateCluster": { request: EmrTerminateClusterRequest; results: { requestResponse: EmrTerminateClusterResult; sync: EmrTerminateClusterResult } };
  "batch.submitJob": { request: BatchSubmitJobRequest; results: { requestResponse: BatchSubmitJobResult; sync: BatchSubmitJobSyncResult } };
  "glue.startJobRun": { request: GlueStartJobRunRequest; results: { requestResponse: GlueStartJobRunResult; sync: GlueStartJobRunSyncResult } };
  "codepipeline.startPipelineExecution": {
    request: CodePipelineStartPipelineExecutionRequest;
    results: { requestResponse: CodePipelineStartPipelineExecutionResult };
  };
  "codepipeline.getPipelineExecution": {
    request: CodePipelineGetPipelineExecutionRequest;
    results: { requestResponse: CodePipelineGetPipelineExecutionResult };
  };
  "codebuild.startBuild": { request: CodeBuildStartBuildRequest; results: { requestResponse: CodeBuildStartBuildResult; sync: CodeBuildStartBuildSyncResult } };
  "mediaconvert.createJob": {
    request: MediaConvertCreateJobRequest;
    results: { requestResponse: MediaConvertCreateJobResult; sync: MediaConvertCreateJobSyncResult };
  };
  "secretsManager.getSecretValue": { request: SecretsManagerGetSecretValueRequest; results: { requestResponse: SecretsManagerGetSecretValueResult } };
  "ssm.startAutomationExecution": { request: SsmStartAutomationExecutionRequest; results: { requestResponse: SsmStartAutomationExecutionResult } };
  "ssm.getAutomationExecution": { request: SsmGetAutomationExecutionRequest; results: { requestResponse: SsmGetAutomationExecutionResult } };
  "ssm.getParameter": { request: SsmGetParameterRequest; results: { requestResponse: SsmGetParameterResult } };
}

export type IntegrationKey = keyof IntegrationActions;
