import { workflow } from "@stepscript/dsl";

export interface Values {
  text: string;
  amount: number;
  on: boolean;
  maybe?: string;
  list: number[];
  obj: { k: string };
  nullable: string | null;
  mixed: string | number;
}

/** `if (x)` is exactly JavaScript's truthiness for the static type of x. */
export const truthy = workflow(async (input: Values) => {
  let text = "F";
  if (input.text) text = "T";
  let amount = "F";
  if (input.amount) amount = "T";
  let on = "F";
  if (input.on) on = "T";
  let maybe = "F";
  if (input.maybe) maybe = "T";
  let list = "F";
  if (input.list) list = "T";
  let obj = "F";
  if (input.obj) obj = "T";
  let nullable = "F";
  if (input.nullable) nullable = "T";
  let mixed = "F";
  if (input.mixed) mixed = "T";
  let notText = "F";
  if (!input.text) notText = "T";
  let notOn = "F";
  if (!input.on) notOn = "T";
  return { text, amount, on, maybe, list, obj, nullable, mixed, notText, notOn };
});

export const presence = workflow(async (input: Values) => {
  if (input.maybe === undefined) return "absent";
  if (input.nullable === null) return "null";
  if (undefined !== input.maybe && input.maybe === "x") return "x";
  return input.maybe;
});
