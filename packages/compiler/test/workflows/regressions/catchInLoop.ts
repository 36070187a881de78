import { isError, lambda, workflow, type Integer } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const step = lambda<{ n: Integer }, { value: Integer }>(`${ARN}Step`, { retry: [] });
export const note = lambda<{ text: string }, null>(`${ARN}Note`, { retry: [] });

// Found by the generated-input test: a catch binding inside a loop was refused as a variable
// that keeps its value from the previous iteration (SS1155), though each catch assigns it.
export const catchInLoop = workflow(async (input: { xs: Integer[] }) => {
  let total = 0;
  for (const x of input.xs) {
    try {
      const r = await step({ n: x });
      total = total + r.value;
    } catch (e) {
      if (!isError(e, "Boom")) throw e;
      await note({ text: e.cause ?? "none" });
    }
  }
  return { total };
});

