import { isError, lambda, map, parallel, sqs, waitForTaskToken, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

export const check = lambda<{ id: string }, { score: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Check", { retry: [] });
export const askHuman = lambda<{ id: string; token: string }, { approved: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:AskHuman", { retry: [] });

const QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/work";

/** The child workflow: fails for negative amounts. */
export const childCheck = workflow(async (input: { id: string; amount: Integer }) => {
  if (input.amount < 0) throw new WorkflowError("Negative", `amount ${input.amount}`);
  const r = await check({ id: input.id });
  return { id: input.id, score: r.score + input.amount };
});

/** A nested workflow and a callback inside try/catch. */
export const nestedInTry = workflow(async (input: { id: string; amount: Integer }) => {
  let score = 0;
  let caught = "";
  try {
    const child = await childCheck({ id: input.id, amount: input.amount });
    score = child.score;
    const decision = await waitForTaskToken((token) => askHuman({ id: input.id, token }), { timeoutSeconds: 60 });
    if (!decision.approved) throw new WorkflowError("Rejected", input.id);
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    caught = e.error;
  }
  return { score, caught };
});

/** Nested workflows and callbacks inside a Map and a Parallel. */
export const nestedInConcurrency = workflow(async (input: { ids: string[]; amount: Integer }) => {
  const scores = await map(input.ids, async (id) => {
    try {
      const child = await childCheck({ id, amount: input.amount });
      return child.score;
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      return -1;
    }
  }, { maxConcurrency: 2 });
  const [approval, first] = await parallel(
    async () => {
      const d = await waitForTaskToken((token) => askHuman({ id: "batch", token }));
      return d.approved;
    },
    () => childCheck({ id: "first", amount: 1 }),
  );
  return { scores, approval, first: first.score };
});

/** An integration call inside a loop, with a loop-dependent message. */
export const sendInLoop = workflow(async (input: { ids: string[] }) => {
  let sent = 0;
  let lastId = "";
  for (const id of input.ids) {
    if (id === "") continue;
    const r = await sqs.sendMessage({ QueueUrl: QUEUE, MessageBody: { id, position: sent } });
    lastId = r.MessageId;
    sent++;
  }
  return { sent, lastId };
});
