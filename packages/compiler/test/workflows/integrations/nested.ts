import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

export const score = lambda<{ id: string; amount: number }, { score: number }>("arn:aws:lambda:us-east-1:123456789012:function:Score");

/** A child: scores an item, and refuses large amounts. */
export const scoreItem = workflow(async (input: { id: string; amount: number }) => {
  if (input.amount > 100) throw new WorkflowError("TooLarge", `amount ${input.amount}`);
  const result = await score(input);
  return { id: input.id, score: result.score };
});

/** A child with a deployed ARN and its own name. */
export const audit = workflow(
  { name: "audit-trail", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail" },
  async (input: { id: string }) => ({ audited: input.id }),
);

export const parent = workflow(async (input: { id: string; amount: number }) => {
  const scored = await scoreItem({ id: input.id, amount: input.amount });
  if (scored.score > 5) {
    const trail = await audit({ id: scored.id });
    return { id: scored.id, score: scored.score, audited: trail.audited };
  }
  return { id: scored.id, score: scored.score, audited: "" };
});

/** The child's whole output, returned as is. */
export const passthrough = workflow(async (input: { id: string; amount: number }) => {
  return await scoreItem(input);
});
