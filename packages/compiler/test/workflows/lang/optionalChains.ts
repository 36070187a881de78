import { lambda, workflow } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export interface Query {
  QueryExecution?: { Status?: { State?: "RUNNING" | "SUCCEEDED" | "FAILED"; Reason?: string }; Id?: string | null; Owner?: { Name: string } | null };
  items?: { name: string }[];
}
export const getQuery = lambda<{ id: string }, Query>(`${ARN}GetQuery`, { retry: [] });
export const note = lambda<{ state?: string; reason: string; owner?: string }, null>(`${ARN}Note`, { retry: [] });

/** Optional chains stored, passed on, compared, defaulted with `??`, through absent and null intermediates. */
export const chains = workflow(async (input: { id: string }) => {
  const r = await getQuery({ id: input.id });
  const state = r.QueryExecution?.Status?.State;
  await note({ state, reason: r.QueryExecution?.Status?.Reason ?? "none", owner: r.QueryExecution?.Owner?.Name });
  if (r.QueryExecution?.Status?.State === "FAILED") return { result: "failed", first: r.items?.[0]?.name ?? "" };
  if (state !== undefined && state !== "SUCCEEDED") return { result: "running", first: "" };
  const id = r.QueryExecution?.Id ?? "no id";
  return { result: state ?? "unknown", first: r.items?.[0]?.name ?? "", id };
});
