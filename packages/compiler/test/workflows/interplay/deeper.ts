import { isError, lambda, map, parallel, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

export const work = lambda<{ tag: string; n: Integer }, { value: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Work", { retry: [] });
export const note = lambda<{ text: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Note", { retry: [] });

/** return inside try/finally inside a Map callback; isError as a Catcher there, other errors leave the Map. */
export const returnInMapTry = workflow(async (input: { items: Integer[]; prefix: string }) => {
  try {
    const results = await map(input.items, async (n) => {
      try {
        const r = await work({ tag: input.prefix, n });
        if (r.value > 10) return `big ${r.value}`;
        const again = await work({ tag: "again", n: r.value });
        return `small ${again.value}`;
      } catch (e) {
        if (isError(e, "Soft")) return `soft ${e.cause ?? "-"}`;
        throw e;
      } finally {
        await note({ text: `done ${n}` });
      }
    });
    return { results, error: "" };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    return { results: [], error: e.error };
  }
});

/** break out of a switch and continue the loop, both inside try/finally inside the loop. */
export const switchInTryInLoop = workflow(async (input: { words: string[] }) => {
  let out = "";
  for (const word of input.words) {
    try {
      switch (word) {
        case "skip":
          continue;
        case "x":
          out = `${out}X`;
          break;
        case "quit":
          return { out, quit: true };
        default:
          await note({ text: word });
          out = `${out}${word}`;
      }
      out = `${out}|`;
    } finally {
      await note({ text: `finally ${word}` });
    }
  }
  return { out, quit: false };
});

/** A Parallel in a try in a loop: a branch's throw is caught and the loop goes on; retry on the Parallel. */
export const parallelInTryInLoop = workflow(async (input: { rounds: Integer }) => {
  let round = 0;
  let log = "";
  while (round < input.rounds) {
    round++;
    try {
      const [a, b] = await parallel(
        { retry: { errors: ["Busy"], maxAttempts: 1 } },
        () => work({ tag: "a", n: round }),
        async () => {
          if (round === 2) throw new WorkflowError("Round2", `round ${round}`);
          const r = await work({ tag: "b", n: round });
          return r.value;
        },
      );
      log = `${log}${a.value + b};`;
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      log = `${log}${e.error};`;
      continue;
    }
    log = `${log}ok;`;
  }
  return { log };
});

/** A Map inside a Parallel branch inside a try; a nested Map reads the outer item. */
export const mapInParallel = workflow(async (input: { groups: { name: string; ns: Integer[] }[] }) => {
  try {
    const [all, count] = await parallel(
      () => map(input.groups, (group) => map(group.ns, (n) => work({ tag: group.name, n }))),
      async () => input.groups.length,
    );
    return { all, count, error: "" };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    return { all: [], count: 0, error: `${e.error}: ${e.cause ?? "-"}` };
  }
});

/** A loop variable read inside a Map callback, and a ternary on item and outer value inside it. */
export const mapReadsLoopVariable = workflow(async (input: { items: Integer[]; thresholds: Integer[] }) => {
  let summary = "";
  for (const threshold of input.thresholds) {
    const labels = await map(input.items, async (n) => (n >= threshold ? "hi" : n === 0 ? "zero" : "lo"));
    summary = `${summary}${threshold}:${labels.length};`;
    const last = await map(labels, (label) => note({ text: label }));
    summary = `${summary}${last.length};`;
  }
  return { summary };
});
