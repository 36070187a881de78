// The schema of the one table of service integrations. Each row says how a DSL declaration
// (`sns.publish`, `glue.startJobRun`, …) is reached in ASL, which integration patterns the service
// supports, and what the state machine's execution role needs for each pattern. The typed
// declarations of `@stepscript/dsl`, the compiler's lowering, the IAM policy generator and the
// integration docs all read the rows; nothing about a service is written twice.
//
// The rows live in `integrationRows.ts`; this file holds only their types.

/** How Step Functions waits for a Task: the suffix of its Resource. */
export type IntegrationPattern = "requestResponse" | "sync" | "sync:2" | "waitForTaskToken";

/**
 * Where the ARN of an IAM statement's resource comes from.
 * - `arn`: a fixed ARN template; `${AWS::Partition}`, `${AWS::Region}`, `${AWS::AccountId}` are
 *   CloudFormation pseudo parameters, filled in at deployment (e.g. the EventBridge managed rule
 *   `arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForECSTaskRule`).
 * - `field`: the resource the request names in `field` (a dotted path into the Task's
 *   Parameters, e.g. `TopicArn`, `QueueUrl`, `TableName`, `FunctionName`), converted to an ARN by
 *   `form`. Where the request gives no literal or placeholder value there, the policy uses
 *   `pattern` (the narrowest ARN pattern for the resource type, with `*` only where the name is)
 *   and the compiler warns.
 */
export type IamResource =
  | { kind: "arn"; arn: string }
  | { kind: "field"; field: string; form: IamResourceForm; pattern: string };

/** How a request field's value becomes a resource ARN. */
export type IamResourceForm =
  /** the value is already an ARN (or a name the service resolves in this account and region) */
  | "arn"
  /** an SQS queue URL `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` → `arn:…:sqs:REGION:ACCOUNT:NAME` */
  | "sqsQueueUrl"
  /** a DynamoDB table name → `arn:…:dynamodb:REGION:ACCOUNT:table/NAME` */
  | "dynamodbTable"
  /** a Lambda function name, ARN or partial ARN → the function ARN and its qualified versions (`…:NAME` and `…:NAME:*`) */
  | "lambdaFunction"
  /** a state machine ARN → itself, and its executions (`…:execution:NAME:*`) */
  | "stateMachine"
  /** an IAM role ARN given in the request (for `iam:PassRole`) */
  | "role"
  /** an ECS task definition family, `family:revision` or ARN → its ARN (a bare family: all its revisions, `…/family:*`) */
  | "ecsTaskDefinition"
  /** an API Gateway endpoint `ID.execute-api.REGION.amazonaws.com` → `arn:…:execute-api:REGION:ACCOUNT:ID/*` */
  | "apiGatewayEndpoint"
  /** a Secrets Manager secret name or ARN → its ARN (a name gets AWS's random suffix, `…:secret:NAME-??????`) */
  | "secretsManagerSecret"
  /** a Parameter Store name (`/a/b` or `b`) or ARN → `arn:…:ssm:REGION:ACCOUNT:parameter/a/b` */
  | "ssmParameter"
  /** any other service's resource name, placed into `pattern` where it has `{}` */
  | "name";

export interface IamGrant {
  actions: readonly string[];
  resources: readonly IamResource[];
}

export interface IntegrationRow {
  /** The DSL path, e.g. `sns.publish`, `athena.getQueryExecution`. */
  key: string;
  /** The AWS service, as the seed's table names it (e.g. `SNS`, `DynamoDB`). */
  service: string;
  /** The Task Resource without a pattern suffix, e.g. `arn:aws:states:::sns:publish`. */
  resource: string;
  /** The patterns the service supports for this action, as AWS documents them. */
  patterns: readonly IntegrationPattern[];
  /** The pattern a plain call uses (`sync` for job-style services, else `requestResponse`). */
  defaultPattern: IntegrationPattern;
  /**
   * Request fields the declaration always sends, beside the caller's (e.g. `InvocationType: "Event"`
   * for `lambda.invokeAsync`); the caller cannot set them.
   */
  parameters?: Readonly<Record<string, string>>;
  /** What the execution role needs, per pattern. */
  iam: Partial<Record<IntegrationPattern, readonly IamGrant[]>>;
  /** One line for the generated docs. */
  summary: string;
}
