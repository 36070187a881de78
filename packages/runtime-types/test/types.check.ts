// Checked by the repo-wide `tsc --noEmit`: every plain line must compile, every line after a
// `@ts-expect-error` must not (an unused `@ts-expect-error` is itself an error).
import {
  LAMBDA_TRANSIENT_ERROR_NAMES,
  STATES_ERROR_NAMES,
  type AttributeValue,
  type Catcher,
  type ChoiceState,
  type ContextObject,
  type ErrorName,
  type Integer,
  type IntegrationShapes,
  type JsonPathChoiceRule,
  type LambdaErrorName,
  type LambdaInvokeResult,
  type MapState,
  type PassState,
  type Retrier,
  type StartExecutionSync2Result,
  type State,
  type StateMachineDefinition,
  type StateOfType,
  type StatesErrorName,
  type TaskHandler,
  type TaskState,
  type WaitState,
} from "@stepscript/runtime-types";

// The "all state types" example of the seed (seeds/000_65f7402195de0344.txt), verbatim.
export const allStateTypes: StateMachineDefinition = {
  "Comment": "All Step Functions state types example",
  "StartAt": "PassState",
  "States": {
    "PassState": {
      "Type": "Pass",
      "Comment": "入力をそのまま次に渡す",
      "Result": {
        "status": "started",
        "items": [
          {"id": 1, "value": 10},
          {"id": 2, "value": 20},
          {"id": 3, "value": 30}
        ]
      },
      "ResultPath": "$.data",
      "Next": "WaitState"
    },
    "WaitState": {
      "Type": "Wait",
      "Comment": "3秒間待機",
      "Seconds": 3,
      "Next": "TaskState"
    },
    "TaskState": {
      "Type": "Task",
      "Comment": "Lambda関数を実行",
      "Resource": "arn:aws:lambda:ap-northeast-1:123456789012:function:ProcessData",
      "ResultPath": "$.taskResult",
      "Next": "ChoiceState",
      "Catch": [
        {
          "ErrorEquals": ["States.ALL"],
          "Next": "FailState"
        }
      ]
    },
    "ChoiceState": {
      "Type": "Choice",
      "Comment": "条件分岐",
      "Choices": [
        {
          "Variable": "$.taskResult.success",
          "BooleanEquals": true,
          "Next": "ParallelState"
        },
        {
          "Variable": "$.taskResult.success",
          "BooleanEquals": false,
          "Next": "FailState"
        }
      ],
      "Default": "FailState"
    },
    "ParallelState": {
      "Type": "Parallel",
      "Comment": "並列処理",
      "Branches": [
        {
          "StartAt": "Branch1Task",
          "States": {
            "Branch1Task": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:ap-northeast-1:123456789012:function:ProcessBranch1",
              "End": true
            }
          }
        },
        {
          "StartAt": "Branch2Task",
          "States": {
            "Branch2Task": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:ap-northeast-1:123456789012:function:ProcessBranch2",
              "End": true
            }
          }
        }
      ],
      "ResultPath": "$.parallelResult",
      "Next": "MapState"
    },
    "MapState": {
      "Type": "Map",
      "Comment": "配列の各要素を処理",
      "ItemsPath": "$.data.items",
      "MaxConcurrency": 2,
      "Iterator": {
        "StartAt": "ProcessItem",
        "States": {
          "ProcessItem": {
            "Type": "Task",
            "Resource": "arn:aws:lambda:ap-northeast-1:123456789012:function:ProcessItem",
            "End": true
          }
        }
      },
      "ResultPath": "$.mapResult",
      "Next": "SucceedState"
    },
    "SucceedState": {
      "Type": "Succeed",
      "Comment": "正常終了"
    },
    "FailState": {
      "Type": "Fail",
      "Comment": "異常終了",
      "Error": "ProcessingError",
      "Cause": "タスクの処理中にエラーが発生しました"
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Definitions that must compile

export const jsonPathTask: TaskState = {
  Type: "Task",
  Resource: "arn:aws:states:::lambda:invoke",
  Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Charge", "Payload.$": "$.order" },
  ResultSelector: { "chargeId.$": "$.Payload.chargeId" },
  ResultPath: "$.payment",
  TimeoutSecondsPath: "$.timeout",
  HeartbeatSeconds: 60,
  Credentials: { "RoleArn.$": "$.roleArn" },
  Retry: [
    {
      ErrorEquals: ["Lambda.ServiceException", "States.TaskFailed"],
      IntervalSeconds: 1,
      MaxAttempts: 3,
      BackoffRate: 2,
      MaxDelaySeconds: 10,
      JitterStrategy: "FULL",
    },
  ],
  Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Recover" }],
  Next: "Ship",
};

export const jsonataTask: TaskState = {
  Type: "Task",
  QueryLanguage: "JSONata",
  Resource: "arn:aws:states:::lambda:invoke",
  Arguments: { FunctionName: "priceWatcher", Payload: { product: "{% $states.context.Execution.Input.product %}" } },
  Output: "{% $states.result.Payload %}",
  Assign: { currentPrice: "{% $states.result.Payload.current_price %}" },
  TimeoutSeconds: "{% $timeout %}",
  Catch: [{ ErrorEquals: ["States.ALL"], Output: { failed: true }, Next: "Recover" }],
  End: true,
};

export const jsonataChoice: ChoiceState = {
  Type: "Choice",
  QueryLanguage: "JSONata",
  Choices: [{ Condition: "{% $states.input.amount > 100 %}", Next: "Large", Assign: { big: true } }],
  Default: "Small",
  Output: "{% $states.input %}",
};

export const nestedRule: JsonPathChoiceRule = {
  And: [
    { Variable: "$.amount", NumericGreaterThanEqualsPath: "$.limit" },
    { Not: { Variable: "$.note", IsPresent: true } },
    { Or: [{ Variable: "$.sku", StringMatches: "A-*" }, { Variable: "$.at", TimestampLessThan: "2024-01-01T00:00:00Z" }] },
  ],
  Next: "Check",
};

export const waitUntil: WaitState = { Type: "Wait", TimestampPath: "$.until", End: true };

export const distributedMap: MapState = {
  Type: "Map",
  ItemReader: {
    Resource: "arn:aws:states:::s3:getObject",
    ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "FIRST_ROW", MaxItems: 100 },
    Parameters: { Bucket: "my-bucket", Key: "ratings.csv" },
  },
  ItemBatcher: { MaxItemsPerBatch: 10, BatchInput: { "runId.$": "$$.Execution.Name" } },
  ItemProcessor: {
    ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
    StartAt: "Work",
    States: { Work: { Type: "Pass", End: true } },
  },
  ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "out", Prefix: "runs" } },
  ToleratedFailurePercentage: 5,
  Label: "ratings",
  MaxConcurrency: 1000,
  End: true,
};

export const jsonataMap: MapState = {
  Type: "Map",
  QueryLanguage: "JSONata",
  Items: "{% $states.input.items %}",
  ItemSelector: { item: "{% $states.context.Map.Item.Value %}", index: "{% $states.context.Map.Item.Index %}" },
  MaxConcurrency: 2,
  ItemProcessor: { StartAt: "Work", States: { Work: { Type: "Succeed" } } },
  Next: "Done",
};

export const jsonPathFail: State = { Type: "Fail", ErrorPath: "$.error", CausePath: "States.Format('order {}', $.id)" };

// A state that names no QueryLanguage inherits the definition's.
export const jsonataByDefault: StateMachineDefinition = {
  QueryLanguage: "JSONata",
  StartAt: "Go",
  States: { Go: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Arguments: { Message: "{% $states.input %}" }, End: true } },
};

// How a compiler builds states from runtime values: a spread transition, a built expression.
export function buildTask(resource: string, next: string | undefined, path: string): TaskState {
  const expression = `{% ${path} %}` as const;
  return { Type: "Task", Resource: resource, QueryLanguage: "JSONata", TimeoutSeconds: expression, ...(next ? { Next: next } : { End: true as const }) };
}

// Narrowing by Type reaches each state's own fields.
export function resourceOf(state: State): string | undefined {
  if (state.Type === "Task") return state.Resource;
  return undefined;
}
export const passOnly: StateOfType<"Pass"> = { Type: "Pass", End: true } satisfies PassState;

// ---------------------------------------------------------------------------------------------
// Definitions that must not compile

// @ts-expect-error: a Task needs a Resource
export const noResource: TaskState = { Type: "Task", End: true };

// @ts-expect-error: Next and End are exclusive
export const nextAndEnd: TaskState = { Type: "Task", Resource: "arn:aws:states:::sns:publish", Next: "A", End: true };

// @ts-expect-error: a non-terminal state needs Next or End
export const noTransition: State = { Type: "Pass" };

// @ts-expect-error: JitterStrategy is FULL or NONE
export const badJitter: Retrier = { ErrorEquals: ["States.ALL"], JitterStrategy: "SOME" };

// @ts-expect-error: Parameters (JSONPath) and Arguments (JSONata) do not mix
export const mixed: TaskState = { Type: "Task", Resource: "r", Parameters: {}, Arguments: {}, End: true };

// @ts-expect-error: Output is JSONata only
export const jsonPathOutput: TaskState = { Type: "Task", QueryLanguage: "JSONPath", Resource: "r", Output: {}, End: true };

// @ts-expect-error: InputPath is JSONPath only
export const jsonataInputPath: State = { Type: "Pass", QueryLanguage: "JSONata", InputPath: "$.a", End: true };

// @ts-expect-error: TimeoutSeconds and TimeoutSecondsPath are exclusive
export const twoTimeouts: TaskState = { Type: "Task", Resource: "r", TimeoutSeconds: 5, TimeoutSecondsPath: "$.t", End: true };

// @ts-expect-error: in JSONata a timeout is a number or a {% %} expression
export const stringTimeout: TaskState = { Type: "Task", QueryLanguage: "JSONata", Resource: "r", TimeoutSeconds: "5", End: true };

// @ts-expect-error: one comparison operator per rule
export const twoOperators: JsonPathChoiceRule = { Variable: "$.a", StringEquals: "x", NumericEquals: 1, Next: "B" };

// @ts-expect-error: NumericEquals takes a number
export const wrongOperand: JsonPathChoiceRule = { Variable: "$.a", NumericEquals: "1", Next: "B" };

// @ts-expect-error: a Choice state has no End
export const choiceEnd: State = { Type: "Choice", Choices: [{ Variable: "$.a", IsNull: true, Next: "B" }], End: true };

// @ts-expect-error: a Wait needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath
export const twoWaits: WaitState = { Type: "Wait", Seconds: 1, Timestamp: "2024-01-01T00:00:00Z", End: true };

// @ts-expect-error: a Wait needs one of them
export const noWait: WaitState = { Type: "Wait", End: true };

const processor = { StartAt: "A", States: { A: { Type: "Succeed" as const } } };
// @ts-expect-error: ItemProcessor and Iterator are exclusive
export const twoProcessors: MapState = { Type: "Map", ItemProcessor: processor, Iterator: processor, End: true };

// @ts-expect-error: a distributed Map needs an ExecutionType
export const noExecutionType: MapState = { Type: "Map", ItemProcessor: { ...processor, ProcessorConfig: { Mode: "DISTRIBUTED" } }, End: true };

// @ts-expect-error: a JSONPath Catcher has no Output
export const catcherOutput: Catcher = { ErrorEquals: ["States.ALL"], Next: "A", ResultPath: "$.e", Output: {} };

// @ts-expect-error: an unknown state type
export const unknownType: State = { Type: "Sleep", End: true };

// ---------------------------------------------------------------------------------------------
// Errors, context, integrations

export const custom: ErrorName = "InvalidOrder";
export const builtIn: StatesErrorName = "States.BranchFailed";
// @ts-expect-error: not a States.* name
export const notBuiltIn: StatesErrorName = "States.Nope";
export const lambdaError: LambdaErrorName = LAMBDA_TRANSIENT_ERROR_NAMES[0];
export const allStatesNames: readonly StatesErrorName[] = STATES_ERROR_NAMES;

export function executionName(context: ContextObject<{ orderId: string }>): string {
  return `${context.Execution.Name}:${context.Execution.Input.orderId}:${context.Map?.Item.Index ?? -1}`;
}

export const item: AttributeValue = { M: { id: { S: "a" }, tags: { SS: ["x"] }, n: { N: "1" }, none: { NULL: true } } };
// @ts-expect-error: exactly one type descriptor
export const twoDescriptors: AttributeValue = { S: "a", N: "1" };
// @ts-expect-error: numbers are strings in DynamoDB JSON
export const numberN: AttributeValue = { N: 1 };

export function chargeId(result: LambdaInvokeResult<{ chargeId: string }>): string {
  return result.Payload.chargeId;
}
export function childTotal(result: StartExecutionSync2Result<{ total: number }>): number {
  return result.Output.total + result.StopDate - result.StartDate;
}
export type GlueSync = IntegrationShapes["arn:aws:states:::glue:startJobRun.sync"]["result"];
export const glueState: GlueSync["JobRunState"] = "SUCCEEDED";

// ---------------------------------------------------------------------------------------------
// TaskHandler

interface Order {
  orderId: string;
  amount: number;
}
interface Check {
  valid: boolean;
  reason?: string;
}
// The shape of a DSL task: callable with the input and optional call options.
declare const validateOrder: (input: Order, options?: { name?: string }) => Promise<Check>;

export const handler: TaskHandler<typeof validateOrder> = async (order) => ({ valid: order.amount > 0 });
export const syncHandler: TaskHandler<typeof validateOrder> = (order) => ({ valid: order.orderId !== "" });
// @ts-expect-error: the handler's return type must be the task's output
export const wrongReturn: TaskHandler<typeof validateOrder> = async () => ({ valid: "yes" });
// @ts-expect-error: the handler's input is the task's input
export const wrongInput: TaskHandler<typeof validateOrder> = async (order: { id: number }) => ({ valid: order.id > 0 });
// Not a task: no handler type.
export const notATask: TaskHandler<string> extends never ? true : false = true;

// Integer: any number may be given where one is expected (the brand is optional), and it is used
// as a number; it is still a number, not a string.
export const whole: Integer = 3;
export const sum: number = whole + 1;
export const fromNumber = (n: number): Integer => n;
// @ts-expect-error a string is not an Integer
export const notWhole: Integer = "3";
