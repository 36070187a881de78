// A workflow the compiler refuses (SS1005: in-place mutation).
import { workflow } from "@stepscript/dsl";

export const broken = workflow(async (input: { items: string[] }) => {
  input.items.push("x");
  return input;
});
