import { lambda, workflow, type Integer } from "@stepscript/dsl";

export const record = lambda<{ id: string; n: Integer }, null>("arn:aws:lambda:us-east-1:123456789012:function:Record", { retry: [] });

/** Reads its input field by field: started with the parent's execution id. */
export const child = workflow(async (input: { id: string; n: Integer }) => {
  await record({ id: input.id, n: input.n });
  return { id: input.id, doubled: input.n + input.n };
});

/** Uses its whole input: started without the key, so it sees exactly its typed input. */
export const wholeChild = workflow(async (input: { id: string; n: Integer }) => {
  await record(input);
  return input;
});

export const lineageParent = workflow(async (input: { id: string; n: Integer }) => {
  const built = await child({ id: input.id, n: input.n });
  const passed = await child(input);
  const whole = await wholeChild(input);
  return { built, passed, whole };
});
