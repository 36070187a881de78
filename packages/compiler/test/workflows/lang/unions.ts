import { lambda, workflow } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export interface Msg { id: string }
export interface Polled { msgs: Msg[] | "No messages"; code: number | "none"; flag?: boolean | "unknown" | null; detail: { text: string } | "" }
export const poll = lambda<{ q: string }, Polled>(`${ARN}Poll`, { retry: [] });

/** `===` / `!==` between a union and a literal of one member; typeof narrowing on the union. */
export const unions = workflow(async (input: { q: string }) => {
  const r = await poll({ q: input.q });
  if (r.msgs === "No messages") return { n: 0, kind: "none" };
  if (r.code !== "none" && r.code > 3) return { n: r.msgs.length, kind: "code" };
  if ("unknown" === r.flag) return { n: 2, kind: "unknown" };
  if (r.flag === true) return { n: 1, kind: "flag" };
  if (typeof r.detail === "string") return { n: r.msgs.length, kind: "no detail" };
  if (typeof r.code === "number") return { n: r.code, kind: r.detail.text };
  return { n: r.msgs.length, kind: r.detail.text };
});
