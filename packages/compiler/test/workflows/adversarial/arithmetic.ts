import { lambda, map, workflow, type Integer } from "@stepscript/dsl";

export const measure = lambda<{ n: number }, { size: Integer; ratio: number }>("arn:aws:lambda:us-east-1:123456789012:function:Measure", { retry: [] });

/** Every operand here is provably integer: literals, lengths, a counter, map indexes, `Integer` values. */
export const integerSums = workflow(async (input: { xs: string[]; base: Integer; step: Integer; rows: number[][] }) => {
  let count = 0;
  for (const x of input.xs) {
    if (x === "") continue;
    count++;
  }
  let total = input.base;
  for (let i = 0; i < input.xs.length; i++) total = total + i;
  const m = await measure({ n: count });
  total += m.size - 1;
  const back = input.base - 2;
  const lengths = input.xs.length + input.rows.length;
  const positions = await map(input.rows, async (row, index) => index + row.length);
  let down = input.step;
  down--;
  return { count, total, back, lengths, positions, down, next: (count > 2 ? count : input.step) + 1 };
});
