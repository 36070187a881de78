/** A JSON value: the only kind of data that crosses a state boundary. */
export type JsonValue = JsonPrimitive | JsonArray | JsonObject;
export type JsonPrimitive = string | number | boolean | null;
export type JsonArray = JsonValue[];
export type JsonObject = { [key: string]: JsonValue };

declare const integerBrand: unique symbol;

/**
 * A number that is always a whole number. At run time it is an ordinary `number` (the brand exists
 * only for the type checker); Stepscript compiles `+` and `-` to `States.MathAdd`, which adds
 * integers only, when both operands are known to be integers: integer literals, `.length`, counters
 * built from them, and values of this type. Like every type at a boundary (task results, the
 * workflow input), it is the author's promise about the data, trusted and not checked. The brand
 * is optional, so any `number` may be given where an `Integer` is expected.
 */
export type Integer = number & {
  /** @stepscript integer */
  readonly [integerBrand]?: true;
};

/**
 * A JSONata expression as ASL writes it: `"{% $states.input.id %}"`. A template literal type, so a
 * field that takes "a number or an expression" rejects a plain string.
 */
export type JsonataExpression = `{%${string}%}`;

/** A timestamp as Step Functions writes it into the context object: ISO 8601, `2024-03-26T20:14:13.192Z`. */
export type IsoTimestamp = string;

/** A timestamp as service integrations return it (`.sync` results, `StartDate`): milliseconds since the epoch. */
export type EpochMillis = number;
