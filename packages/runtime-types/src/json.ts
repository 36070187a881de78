/** A JSON value: the only kind of data that crosses a state boundary. */
export type JsonValue = JsonPrimitive | JsonArray | JsonObject;
export type JsonPrimitive = string | number | boolean | null;
export type JsonArray = JsonValue[];
export type JsonObject = { [key: string]: JsonValue };

/**
 * A JSONata expression as ASL writes it: `"{% $states.input.id %}"`. A template literal type, so a
 * field that takes "a number or an expression" rejects a plain string.
 */
export type JsonataExpression = `{%${string}%}`;

/** A timestamp as Step Functions writes it into the context object: ISO 8601, `2024-03-26T20:14:13.192Z`. */
export type IsoTimestamp = string;

/** A timestamp as service integrations return it (`.sync` results, `StartDate`): milliseconds since the epoch. */
export type EpochMillis = number;
