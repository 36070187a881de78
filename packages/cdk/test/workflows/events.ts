// One EXPRESS workflow, the file's only one.
import { lambda, workflow } from "@stepscript/dsl";

const record = lambda<{ id: string }, { stored: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Record");

export const events = workflow({ type: "EXPRESS" }, async (input: { id: string }) => {
  const stored = await record({ id: input.id });
  return { stored: stored.stored };
});
