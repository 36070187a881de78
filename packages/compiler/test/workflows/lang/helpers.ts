import { lambda, map, workflow, WorkflowError } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const charge = lambda<{ amount: number }, { id: string; ok: boolean }>(`${ARN}Charge`, { retry: [] });
export const refund = lambda<{ id: string }, null>(`${ARN}Refund`, { retry: [] });

/** Ends with a throw at every call: the Fail state is shared. */
async function chargeOrFail(amount: number, label: string) {
  const c = await charge({ amount });
  if (!c.ok) throw new WorkflowError("ChargeFailed", `declined ${label}`);
  return { id: c.id, label };
}

/** An arrow helper; its parameter is reassigned, so it is a variable of its own. */
const refundAll = async (ids: string[], skip: string) => {
  let count = 0;
  for (const id of ids) {
    if (id === skip) continue;
    await refund({ id });
    count += 1;
  }
  skip = "";
  return count;
};

const undo = async ({ id }: { id: string }) => {
  await refund({ id });
};

/** Helpers called from several places, inside try, in a map, with destructured and reassigned parameters. */
export const helpers = workflow(async (input: { a: number; b: number }) => {
  const first = await chargeOrFail(input.a, "first");
  try {
    const second = await chargeOrFail(input.b, "second");
    if (second.id === first.id) {
      await undo({ id: second.id });
      return { refunded: 1, labels: [first.label] };
    }
    await map([first.id, second.id], async (id) => {
      await undo({ id });
    });
    return { refunded: 2, labels: [first.label, second.label] };
  } catch (e) {
    if (e instanceof WorkflowError && e.error === "ChargeFailed") {
      const refunded = await refundAll([first.id, "none"], "none");
      return { refunded, labels: [e.cause ?? ""] };
    }
    throw e;
  }
});
