import { isError, lambda, workflow, WorkflowError } from "@stepscript/dsl";

export const step = lambda<{ n: number }, { value: number }>("arn:aws:lambda:us-east-1:123456789012:function:Step", { retry: [] });

// Found by the generated-input test: an empty literal cause or name gave a Fail state
// `"Cause": ""`, which Step Functions' schema rejects (a fixed Cause or Error is non-empty).
export const emptyCause = workflow(async (input: { n: number; mode: string }) => {
  if (input.mode === "cause") throw new WorkflowError("Boom", "");
  if (input.mode === "name") throw new WorkflowError("", "no name");
  try {
    if (input.n > 1) throw new WorkflowError("Inner", "");
    await step({ n: input.n });
  } catch (e) {
    if (isError(e, "Inner")) throw new WorkflowError("Outer", "");
    throw e;
  }
  return { n: input.n };
});
