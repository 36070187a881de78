import { lambda, map, parallel, workflow, type Integer } from "@stepscript/dsl";

export const step = lambda<{ label: string; n: Integer }, { value: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Step", { retry: [] });

/** A loop inside a Map callback: each iteration has its own counter, break and continue. */
export const loopInMap = workflow(async (input: { rows: Integer[][]; limit: Integer }) => {
  const sums = await map(input.rows, async (row, index) => {
    let sum = 0;
    let seen = 0;
    for (const n of row) {
      if (n < 0) continue;
      if (seen >= input.limit) break;
      const r = await step({ label: `row ${index}`, n });
      sum = sum + r.value;
      seen++;
    }
    return { sum, seen };
  });
  return { sums };
});

/** Loops inside Parallel branches: a while with a task, and a for with a switch. */
export const loopsInParallel = workflow(async (input: { n: Integer; words: string[] }) => {
  const [count, text] = await parallel(
    async () => {
      let i = 0;
      let total = 0;
      while (i < input.n) {
        const r = await step({ label: "while", n: i });
        total = total + r.value;
        i++;
      }
      return total;
    },
    async () => {
      let out = "";
      for (let i = 0; i < input.words.length; i++) {
        switch (input.words[i]) {
          case "stop":
            return `${out}!`;
          case "":
            continue;
          default:
            out = `${out}${input.words[i]};`;
        }
      }
      return out;
    },
  );
  return { count, text };
});

/** A Map inside a loop: each round maps over the items with the round's Integer. */
export const mapInLoop = workflow(async (input: { items: Integer[]; rounds: Integer }) => {
  let round = 0;
  let last: { value: Integer }[] = [];
  let total = 0;
  while (round < input.rounds) {
    last = await map(input.items, (n) => step({ label: `round ${round}`, n }), { maxConcurrency: 1 });
    for (const r of last) total = total + r.value;
    round++;
  }
  return { round, last, total };
});
