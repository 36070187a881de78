import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const notify = lambda<{ id: string; reason?: string; detail?: { code: number } }, null>(`${ARN}Notify`, { retry: [] });
export const attempt = lambda<{ n: number }, { ok: boolean }>(`${ARN}Attempt`, { retry: [] });
export const audit = lambda<{ error: string; cause?: string }, null>(`${ARN}Audit`, { retry: [] });

interface Check { id: string; reason?: string; detail?: { code: number }; tags?: string[] }

/** `{ a: i.opt }`: the property is left out when the value is absent, as JSON.stringify does. */
export const omits = workflow(async (input: Check) => {
  await notify({ id: input.id, reason: input.reason, detail: input.detail });
  const summary = { id: input.id, tags: input.tags, nested: { reason: input.reason } };
  return summary;
});

/** A caught error's cause (absent when the failure had none) passed on to a task. */
export const passesCause = workflow(async (input: { n: number }) => {
  try {
    await attempt({ n: input.n });
    return { failed: false };
  } catch (e) {
    if (!(e instanceof WorkflowError)) throw e;
    await audit({ error: e.error, cause: e.cause });
    return { failed: true };
  }
});
