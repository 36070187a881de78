import { lambda, workflow } from "@stepscript/dsl";

export interface Input {
  name: string;
  count: number;
  flag: boolean;
  nick?: string;
  note: string | null;
  items: string[];
  meta?: { tag: string };
}

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const lookup = lambda<{ name: string }, { score: number }>(`${ARN}Lookup`, { retry: [] });
export const record = lambda<{ value: string | number | boolean | null }, null>(`${ARN}Record`, { retry: [] });

/** `return c ? a : b`: a Choice between two end states. */
export const ternaryReturn = workflow(async (input: Input) => (input.count > 0 ? input.name : "nobody"));

/** Nested ternaries write one variable; a task in a branch writes it itself. */
export const nestedTernary = workflow(async (input: Input) => {
  const size = input.count > 10 ? "big" : input.count > 0 ? "small" : input.count === 0 ? "zero" : "negative";
  const score = input.flag ? (await lookup({ name: input.name })).score : -1;
  return { size, score };
});

/** Ternaries inside object literals and task payloads. */
export const ternaryInPayload = workflow(async (input: Input) => {
  await record({ value: input.nick !== undefined ? input.nick : input.name });
  return { label: input.note === null ? "no note" : input.note, flagged: input.flag ? true : false };
});

/** `||`, `&&`, `??` as values, with JavaScript's results for each type. */
export const logicalValues = workflow(async (input: Input) => {
  const orName = input.name || "anonymous";
  const orCount = input.count || 42;
  const orNick = input.nick || "no nick";
  const andCount = input.count && input.name;
  const andFlag = input.flag && input.count;
  const nickOrDefault = input.nick ?? "default";
  const noteOrDefault = input.note ?? "nothing";
  const notName = !input.name;
  const notNote = !input.note;
  const isBig = input.count >= 10;
  return { orName, orCount, orNick, andCount, andFlag, nickOrDefault, noteOrDefault, notName, notNote, isBig };
});

/** `let x` assigned a branching value; the value of `a ?? b` where `b` is computed. */
export const reassigned = workflow(async (input: Input) => {
  let label = "start";
  label = input.flag ? label : `${input.name}!`;
  label = input.nick ?? (input.count > 1 ? "many" : label);
  return { label };
});

/** `return` of a logical value. */
export const returnLogical = workflow(async (input: Input) => input.nick || input.note || "neither");
