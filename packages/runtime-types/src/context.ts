import type { ErrorOutput } from "./errors.js";
import type { IsoTimestamp, JsonValue } from "./json.js";

/** The context object: `$$` in JSONPath, `$states.context` in JSONata. */
export interface ContextObject<Input = JsonValue, Item = JsonValue> {
  Execution: ContextExecution<Input>;
  State: ContextState;
  StateMachine: ContextStateMachine;
  /** Only inside a Task state (null elsewhere); `Token` only with `.waitForTaskToken`. */
  Task?: ContextTask | null;
  /** Only inside a Map iteration. */
  Map?: ContextMap<Item>;
}

export interface ContextExecution<Input = JsonValue> {
  /** The execution's ARN. */
  Id: string;
  Input: Input;
  Name: string;
  RoleArn: string;
  StartTime: IsoTimestamp;
  /** 0 until the execution is redriven. */
  RedriveCount: number;
  /** Present only once the execution has been redriven. */
  RedriveTime?: IsoTimestamp;
}

export interface ContextState {
  EnteredTime: IsoTimestamp;
  Name: string;
  RetryCount: number;
}

export interface ContextStateMachine {
  /** The state machine's ARN. */
  Id: string;
  Name: string;
}

export interface ContextTask {
  Token: string;
}

export interface ContextMap<Item = JsonValue> {
  Item: ContextMapItem<Item>;
}

export interface ContextMapItem<Item = JsonValue> {
  Index: number;
  Value: Item;
  /** Distributed Map over an object's entries: the entry's key. */
  Key?: string;
  /** Distributed Map with an ItemReader: where the item was read from. */
  Source?: string;
}

/** `$states` in a JSONata expression; `result` and `errorOutput` only where the state has them. */
export interface JsonataStates<Input = JsonValue, Result = JsonValue> {
  input: Input;
  context: ContextObject;
  result?: Result;
  errorOutput?: ErrorOutput;
}
