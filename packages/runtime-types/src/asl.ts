import type { ErrorName } from "./errors.js";
import type { JsonArray, JsonataExpression, JsonObject, JsonValue } from "./json.js";
import type { AtMostOne, ExactlyOne, Forbid } from "./util.js";

// Every state type has a JSONPath form and a JSONata form. The language of a state is its own
// `QueryLanguage`, else the definition's; a state that names neither may use the fields common to
// both. Fields of the other language are `never`, so mixing them (`Parameters` with `Arguments`)
// is a type error.

export type QueryLanguage = "JSONPath" | "JSONata";

/** A state's name: unique in the definition, at most 80 characters. */
export type StateName = string;

/**
 * A JSONPath Path (`$`, `$.order.items`, `$$.Execution.Id`, `$myVariable`). Plain `string`, not a
 * template type, so the compiler can build paths without casts.
 */
export type Path = string;

/** A Path that selects exactly one node (no filters, wildcards or slices). */
export type ReferencePath = string;

/** A JSONPath payload template (`Parameters`, `ResultSelector`, …): keys ending in `.$` hold a Path or an intrinsic call. */
export type PayloadTemplate = JsonObject;

/** `Assign`: workflow variables to set, by name. JSONPath values may use `.$` keys; JSONata values may be `{% %}`. */
export type Assign = JsonObject;

/** JSONata `Arguments`: an object whose strings may be `{% %}`, or one expression. */
export type JsonataArguments = JsonObject | JsonataExpression;

/** JSONata `Output`: any JSON value; strings in `{% %}` are evaluated. */
export type JsonataOutput = JsonValue;

type JsonataNumber = number | JsonataExpression;

/** Exactly one of `Next` and `End`. */
export type Transition = { Next: StateName; End?: never } | { End: true; Next?: never };

// Fields only one language has; each form forbids the other's.
type JsonPathOnlyField =
  | "InputPath"
  | "OutputPath"
  | "Parameters"
  | "ResultSelector"
  | "ResultPath"
  | "Result"
  | "TimeoutSecondsPath"
  | "HeartbeatSecondsPath"
  | "SecondsPath"
  | "TimestampPath"
  | "ErrorPath"
  | "CausePath"
  | "ItemsPath"
  | "Iterator"
  | "MaxConcurrencyPath"
  | "ToleratedFailurePercentagePath"
  | "ToleratedFailureCountPath";
type JsonataOnlyField = "Arguments" | "Output" | "Items";

interface JsonPathForm {
  QueryLanguage?: "JSONPath";
}
interface JsonataForm {
  QueryLanguage?: "JSONata";
}
type JsonPathFields = JsonPathForm & Forbid<JsonataOnlyField>;
type JsonataFields = JsonataForm & Forbid<JsonPathOnlyField>;

interface JsonPathInputOutput {
  InputPath?: Path | null;
  OutputPath?: Path | null;
}

// ---------------------------------------------------------------------------------------------
// Error handling

export type JitterStrategy = "FULL" | "NONE";

export interface Retrier {
  ErrorEquals: ErrorName[];
  /** Seconds before the first retry; default 1. */
  IntervalSeconds?: number;
  /** Retries after the first attempt; default 3, 0 never retries. */
  MaxAttempts?: number;
  /** Multiplier of the interval at each retry; default 2.0, at least 1.0. */
  BackoffRate?: number;
  /** Upper bound of the interval, in seconds. */
  MaxDelaySeconds?: number;
  JitterStrategy?: JitterStrategy;
  Comment?: string;
}

interface CatcherBase {
  ErrorEquals: ErrorName[];
  Next: StateName;
  Assign?: Assign;
  Comment?: string;
}

export interface JsonPathCatcher extends CatcherBase {
  /** Where the error output goes in the state's input; default `$` (replaces it). */
  ResultPath?: Path | null;
  Output?: never;
}

export interface JsonataCatcher extends CatcherBase {
  /** Default `$states.errorOutput`. */
  Output?: JsonataOutput;
  ResultPath?: never;
}

export type Catcher = JsonPathCatcher | JsonataCatcher;

// ---------------------------------------------------------------------------------------------
// Task

/** Cross-account access: the role Step Functions assumes for this task. */
export type JsonPathTaskCredentials = ExactlyOne<{ RoleArn: string; "RoleArn.$": Path }>;

export interface JsonataTaskCredentials {
  /** An ARN or a `{% %}` expression. */
  RoleArn: string;
}

interface TaskCommon {
  Type: "Task";
  Comment?: string;
  /** An activity or Lambda ARN, or an integration (`arn:aws:states:::sns:publish`, `…:startExecution.sync:2`). */
  Resource: string;
  Retry?: Retrier[];
  Assign?: Assign;
}

export type JsonPathTaskState = TaskCommon &
  JsonPathFields &
  JsonPathInputOutput &
  Transition &
  AtMostOne<{ TimeoutSeconds: number; TimeoutSecondsPath: ReferencePath }> &
  AtMostOne<{ HeartbeatSeconds: number; HeartbeatSecondsPath: ReferencePath }> & {
    Parameters?: PayloadTemplate;
    ResultSelector?: PayloadTemplate;
    ResultPath?: Path | null;
    Catch?: JsonPathCatcher[];
    Credentials?: JsonPathTaskCredentials;
  };

export type JsonataTaskState = TaskCommon &
  JsonataFields &
  Transition & {
    Arguments?: JsonataArguments;
    Output?: JsonataOutput;
    TimeoutSeconds?: JsonataNumber;
    HeartbeatSeconds?: JsonataNumber;
    Catch?: JsonataCatcher[];
    Credentials?: JsonataTaskCredentials;
  };

export type TaskState = JsonPathTaskState | JsonataTaskState;

// ---------------------------------------------------------------------------------------------
// Pass

export type JsonPathPassState = JsonPathFields &
  JsonPathInputOutput &
  Transition & {
    Type: "Pass";
    Comment?: string;
    Parameters?: PayloadTemplate;
    /** Output of the state, before ResultPath; replaces the (effective) input. */
    Result?: JsonValue;
    ResultPath?: Path | null;
    Assign?: Assign;
  };

export type JsonataPassState = JsonataFields &
  Transition & {
    Type: "Pass";
    Comment?: string;
    Output?: JsonataOutput;
    Assign?: Assign;
  };

export type PassState = JsonPathPassState | JsonataPassState;

// ---------------------------------------------------------------------------------------------
// Choice

/** The value each comparison operator takes; the `…Path` forms compare with another node. */
export interface ComparisonOperators {
  StringEquals: string;
  StringEqualsPath: ReferencePath;
  StringLessThan: string;
  StringLessThanPath: ReferencePath;
  StringGreaterThan: string;
  StringGreaterThanPath: ReferencePath;
  StringLessThanEquals: string;
  StringLessThanEqualsPath: ReferencePath;
  StringGreaterThanEquals: string;
  StringGreaterThanEqualsPath: ReferencePath;
  /** A pattern where `*` matches any run of characters and `\\*` a literal star. */
  StringMatches: string;
  NumericEquals: number;
  NumericEqualsPath: ReferencePath;
  NumericLessThan: number;
  NumericLessThanPath: ReferencePath;
  NumericGreaterThan: number;
  NumericGreaterThanPath: ReferencePath;
  NumericLessThanEquals: number;
  NumericLessThanEqualsPath: ReferencePath;
  NumericGreaterThanEquals: number;
  NumericGreaterThanEqualsPath: ReferencePath;
  BooleanEquals: boolean;
  BooleanEqualsPath: ReferencePath;
  /** An RFC 3339 timestamp. */
  TimestampEquals: string;
  TimestampEqualsPath: ReferencePath;
  TimestampLessThan: string;
  TimestampLessThanPath: ReferencePath;
  TimestampGreaterThan: string;
  TimestampGreaterThanPath: ReferencePath;
  TimestampLessThanEquals: string;
  TimestampLessThanEqualsPath: ReferencePath;
  TimestampGreaterThanEquals: string;
  TimestampGreaterThanEqualsPath: ReferencePath;
  IsNull: boolean;
  IsPresent: boolean;
  IsNumeric: boolean;
  IsString: boolean;
  IsBoolean: boolean;
  IsTimestamp: boolean;
}

export type ComparisonOperator = keyof ComparisonOperators;

type BooleanOperator = "And" | "Or" | "Not";

/** `Variable` compared by exactly one operator. */
export type DataTestExpression = { Variable: ReferencePath } & ExactlyOne<ComparisonOperators> &
  Forbid<BooleanOperator>;

export type BooleanExpression =
  | ({ And: ChoiceCondition[] } & Forbid<"Or" | "Not" | "Variable" | ComparisonOperator>)
  | ({ Or: ChoiceCondition[] } & Forbid<"And" | "Not" | "Variable" | ComparisonOperator>)
  | ({ Not: ChoiceCondition } & Forbid<"And" | "Or" | "Variable" | ComparisonOperator>);

/** A JSONPath condition. Nested ones (inside And/Or/Not) have no `Next`. */
export type ChoiceCondition = DataTestExpression | BooleanExpression;

/** A top-level JSONPath Choice Rule. */
export type JsonPathChoiceRule = ChoiceCondition & {
  Next: StateName;
  Assign?: Assign;
  Comment?: string;
};

export interface JsonataChoiceRule {
  /** Must evaluate to a boolean. */
  Condition: JsonataExpression | boolean;
  Next: StateName;
  Assign?: Assign;
  Comment?: string;
}

export type ChoiceRule = JsonPathChoiceRule | JsonataChoiceRule;

// A Choice has neither Next nor End: each rule and Default name the next state.
export type JsonPathChoiceState = JsonPathFields &
  JsonPathInputOutput & {
    Type: "Choice";
    Comment?: string;
    Choices: JsonPathChoiceRule[];
    Default?: StateName;
    Assign?: Assign;
  };

export type JsonataChoiceState = JsonataFields & {
  Type: "Choice";
  Comment?: string;
  Choices: JsonataChoiceRule[];
  Default?: StateName;
  Assign?: Assign;
  Output?: JsonataOutput;
};

export type ChoiceState = JsonPathChoiceState | JsonataChoiceState;

// ---------------------------------------------------------------------------------------------
// Wait

export type JsonPathWaitState = JsonPathFields &
  JsonPathInputOutput &
  Transition &
  ExactlyOne<{
    Seconds: number;
    SecondsPath: ReferencePath;
    /** RFC 3339, `2016-03-14T01:59:00Z`. */
    Timestamp: string;
    TimestampPath: ReferencePath;
  }> & {
    Type: "Wait";
    Comment?: string;
    Assign?: Assign;
  };

export type JsonataWaitState = JsonataFields &
  Transition &
  ExactlyOne<{ Seconds: JsonataNumber; Timestamp: string }> & {
    Type: "Wait";
    Comment?: string;
    Assign?: Assign;
    Output?: JsonataOutput;
  };

export type WaitState = JsonPathWaitState | JsonataWaitState;

// ---------------------------------------------------------------------------------------------
// Succeed and Fail (terminal: no Next, no End)

export type JsonPathSucceedState = JsonPathFields &
  JsonPathInputOutput & {
    Type: "Succeed";
    Comment?: string;
  };

export type JsonataSucceedState = JsonataFields & {
  Type: "Succeed";
  Comment?: string;
  Output?: JsonataOutput;
};

export type SucceedState = JsonPathSucceedState | JsonataSucceedState;

export type JsonPathFailState = JsonPathFields &
  // ErrorPath and CausePath are reference paths or intrinsic calls (`States.Format(…)`).
  AtMostOne<{ Error: string; ErrorPath: string }> &
  AtMostOne<{ Cause: string; CausePath: string }> & {
    Type: "Fail";
    Comment?: string;
  };

export type JsonataFailState = JsonataFields & {
  Type: "Fail";
  Comment?: string;
  /** A literal or a `{% %}` expression. */
  Error?: string;
  Cause?: string;
};

export type FailState = JsonPathFailState | JsonataFailState;

// ---------------------------------------------------------------------------------------------
// Parallel

/** A Parallel branch, or a Map's iteration: a nested state machine. */
export interface Branch {
  Comment?: string;
  StartAt: StateName;
  States: Record<StateName, State>;
}

export type JsonPathParallelState = JsonPathFields &
  JsonPathInputOutput &
  Transition & {
    Type: "Parallel";
    Comment?: string;
    Branches: Branch[];
    Parameters?: PayloadTemplate;
    ResultSelector?: PayloadTemplate;
    ResultPath?: Path | null;
    Retry?: Retrier[];
    Catch?: JsonPathCatcher[];
    Assign?: Assign;
  };

export type JsonataParallelState = JsonataFields &
  Transition & {
    Type: "Parallel";
    Comment?: string;
    Branches: Branch[];
    Arguments?: JsonataArguments;
    Output?: JsonataOutput;
    Retry?: Retrier[];
    Catch?: JsonataCatcher[];
    Assign?: Assign;
  };

export type ParallelState = JsonPathParallelState | JsonataParallelState;

// ---------------------------------------------------------------------------------------------
// Map

export type MapExecutionType = "STANDARD" | "EXPRESS";

/** INLINE (the default) runs iterations in this execution; DISTRIBUTED starts child executions. */
export type ProcessorConfig =
  | { Mode?: "INLINE"; ExecutionType?: never }
  | { Mode: "DISTRIBUTED"; ExecutionType: MapExecutionType };

export interface ItemProcessor extends Branch {
  ProcessorConfig?: ProcessorConfig;
}

export type ItemReaderInputType = "CSV" | "JSON" | "JSONL" | "MANIFEST" | "PARQUET";
export type CsvHeaderLocation = "FIRST_ROW" | "GIVEN";
export type CsvDelimiter = "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
export type ManifestType = "ATHENA_DATA" | "S3_INVENTORY";

interface ReaderConfigBase {
  InputType?: ItemReaderInputType;
  CSVHeaderLocation?: CsvHeaderLocation;
  /** With `CSVHeaderLocation: "GIVEN"`. */
  CSVHeaders?: string[];
  CSVDelimiter?: CsvDelimiter;
  ManifestType?: ManifestType;
}

export interface JsonPathReaderConfig extends ReaderConfigBase {
  MaxItems?: number;
  MaxItemsPath?: ReferencePath;
}

export interface JsonataReaderConfig extends ReaderConfigBase {
  MaxItems?: JsonataNumber;
  MaxItemsPath?: never;
}

/** Distributed Map: where the items come from (`arn:aws:states:::s3:getObject`, `…:s3:listObjectsV2`). */
export interface JsonPathItemReader {
  Resource: string;
  ReaderConfig?: JsonPathReaderConfig;
  Parameters?: PayloadTemplate;
  Arguments?: never;
}

export interface JsonataItemReader {
  Resource: string;
  ReaderConfig?: JsonataReaderConfig;
  Arguments?: JsonataArguments;
  Parameters?: never;
}

export interface JsonPathItemBatcher {
  MaxItemsPerBatch?: number;
  MaxItemsPerBatchPath?: ReferencePath;
  /** Bytes, at most 256 KiB. */
  MaxInputBytesPerBatch?: number;
  MaxInputBytesPerBatchPath?: ReferencePath;
  /** Added to every batch as `BatchInput`. */
  BatchInput?: PayloadTemplate;
}

export interface JsonataItemBatcher {
  MaxItemsPerBatch?: JsonataNumber;
  MaxInputBytesPerBatch?: JsonataNumber;
  BatchInput?: JsonObject | JsonataExpression;
}

export interface WriterConfig {
  OutputType: "JSON" | "JSONL";
  Transformation?: "NONE" | "COMPACT" | "FLATTEN";
}

/** Distributed Map: where results go (`arn:aws:states:::s3:putObject`). Without Resource, WriterConfig shapes the state's output. */
export interface JsonPathResultWriter {
  Resource?: string;
  Parameters?: PayloadTemplate;
  WriterConfig?: WriterConfig;
  Arguments?: never;
}

export interface JsonataResultWriter {
  Resource?: string;
  Arguments?: JsonataArguments;
  WriterConfig?: WriterConfig;
  Parameters?: never;
}

interface MapCommon {
  Type: "Map";
  Comment?: string;
  /** Distributed Map: a prefix for the child executions' names. */
  Label?: string;
  Retry?: Retrier[];
  Assign?: Assign;
}

export type JsonPathMapState = MapCommon &
  JsonPathFields &
  JsonPathInputOutput &
  Transition &
  // `Iterator` is the older name of ItemProcessor (inline only).
  ExactlyOne<{ ItemProcessor: ItemProcessor; Iterator: Branch }> & {
    /** The array to iterate over; default `$`. */
    ItemsPath?: ReferencePath;
    ItemSelector?: PayloadTemplate;
    /** The older name of ItemSelector. */
    Parameters?: PayloadTemplate;
    ResultSelector?: PayloadTemplate;
    ResultPath?: Path | null;
    /** 0 (the default) means as many as possible. */
    MaxConcurrency?: number;
    MaxConcurrencyPath?: ReferencePath;
    ItemReader?: JsonPathItemReader;
    ItemBatcher?: JsonPathItemBatcher;
    ResultWriter?: JsonPathResultWriter;
    ToleratedFailurePercentage?: number;
    ToleratedFailurePercentagePath?: ReferencePath;
    ToleratedFailureCount?: number;
    ToleratedFailureCountPath?: ReferencePath;
    Catch?: JsonPathCatcher[];
  };

export type JsonataMapState = MapCommon &
  JsonataFields &
  Transition & {
    ItemProcessor: ItemProcessor;
    /** The array to iterate over; default the state's input. */
    Items?: JsonArray | JsonataExpression;
    ItemSelector?: JsonObject | JsonataExpression;
    MaxConcurrency?: JsonataNumber;
    ItemReader?: JsonataItemReader;
    ItemBatcher?: JsonataItemBatcher;
    ResultWriter?: JsonataResultWriter;
    ToleratedFailurePercentage?: JsonataNumber;
    ToleratedFailureCount?: JsonataNumber;
    Output?: JsonataOutput;
    Catch?: JsonataCatcher[];
  };

export type MapState = JsonPathMapState | JsonataMapState;

// ---------------------------------------------------------------------------------------------
// The document

/** Any state, discriminated by `Type`. */
export type State =
  | TaskState
  | PassState
  | ChoiceState
  | WaitState
  | SucceedState
  | FailState
  | ParallelState
  | MapState;

export type StateType = State["Type"];

/** `StateOfType<"Map">` is `MapState`. */
export type StateOfType<T extends StateType> = Extract<State, { Type: T }>;

/** A whole Amazon States Language document. */
export interface StateMachineDefinition {
  Comment?: string;
  StartAt: StateName;
  States: Record<StateName, State>;
  /** Maximum run time of an execution; past it, the execution fails with `States.Timeout`. */
  TimeoutSeconds?: number;
  Version?: "1.0";
  /** The default for every state; `JSONPath` when omitted. */
  QueryLanguage?: QueryLanguage;
}
