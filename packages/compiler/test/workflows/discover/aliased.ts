import { defineWorkflow, fn, Failure } from "./reexport.js";
import * as dsl from "@stepscript/dsl";

export const greet = fn<{ who: string }, string>("arn:aws:lambda:us-east-1:123456789012:function:Greet");

/** Found through the alias: the compiler follows symbols, not names. */
export const greeter = defineWorkflow({ name: "Greeter" }, async (input: { who: string }) => {
  if (input.who === "") throw new Failure("NoOne");
  return await greet({ who: input.who });
});

/** Found through a namespace import. */
export const namespaced = dsl.workflow(async (input: { who: string }) => {
  const text = await greet(input);
  return { text };
});

/** Not a workflow: a function that happens to be called `workflow`. */
const workflow = (body: () => Promise<unknown>) => body;
export const impostor = workflow(async () => 1);
