// Found by the differential fuzz test: variables whose type TypeScript narrowed to the literal
// they were assigned read as that literal, and their truthiness is then a constant.
import { lambda, workflow } from "@stepscript/dsl";

export const note = lambda<{ s: string }, null>("arn:aws:lambda:us-east-1:123456789012:function:Note", { retry: [] });

interface Input {
  n: number;
  s: string;
}

export const literalTruthiness = workflow(async (input: Input) => {
  const four: number = 4;
  let empty: string = "";
  if (four) await note({ s: "four is truthy" });
  if (empty) await note({ s: "empty is truthy" });
  if (!empty && input.n) await note({ s: "not empty and n" });
  const picked: string = empty || input.s;
  const kept: string = four && input.s ? "both" : "not both";
  const absent: string | null = null;
  const fallback: string = absent ?? "fallback";
  return { picked, kept, fallback };
});
