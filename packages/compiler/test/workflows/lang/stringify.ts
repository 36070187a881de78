import { lambda, workflow, type Json } from "@stepscript/dsl";

export const store = lambda<{ body: string; kind: string }, null>("arn:aws:lambda:us-east-1:123456789012:function:Store", { retry: [] });

/** JSON.stringify of any JSON type: Json, scalars, null, unions. */
export const stringify = workflow(async (input: { payload: Json; n: number; s: string; flag: boolean; maybe: string | null; list: (number | null)[] }) => {
  await store({ body: JSON.stringify(input.payload), kind: "json" });
  return {
    n: JSON.stringify(input.n),
    s: JSON.stringify(input.s),
    flag: JSON.stringify(input.flag),
    maybe: JSON.stringify(input.maybe),
    list: JSON.stringify(input.list),
  };
});
