import { choice, lambda, workflow, type Integer } from "@stepscript/dsl";

export const handle = lambda<{ kind: string; n: Integer }, { score: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Handle", { retry: [] });

export interface Event {
  kind: string;
  n: Integer;
}

/** switch inside a loop: `break` leaves the switch, `continue` the iteration, `return` the workflow. */
export const switchInLoop = workflow(async (input: { events: Event[] }) => {
  let log = "";
  let total = 0;
  for (const event of input.events) {
    switch (event.kind) {
      case "skip":
        continue;
      case "add":
        total = total + event.n;
        break;
      case "call": {
        const r = await handle(event);
        total = total + r.score;
        break;
      }
      case "end":
        return { log, total, ended: true };
      default:
        log = `${log}?${event.kind}`;
    }
    log = `${log}.`;
  }
  return { log, total, ended: false };
});

/** A loop inside a switch case; `break` inside the loop leaves the loop, not the switch. */
export const loopInSwitch = workflow(async (input: { mode: string; n: Integer }) => {
  let count = 0;
  let note = "";
  switch (input.mode) {
    case "count":
      for (let i = 0; i < input.n; i++) {
        if (i === 3) break;
        count++;
      }
      note = "counted";
      break;
    case "call":
      while (count < input.n) {
        const r = await handle({ kind: "call", n: count });
        count = count + r.score;
      }
      note = "called";
      break;
    default:
      note = "nothing";
  }
  return { count, note };
});

/**
 * choice() in a loop: every branch gives a value (a branch falling off its end would give
 * undefined, which a state machine cannot restore after an earlier iteration: SS1102).
 */
export const choiceInLoop = workflow(async (input: { values: Integer[] }) => {
  let missing = 0;
  let labels = "";
  for (const v of input.values) {
    const label = await choice(
      [
        [v > 10, () => "big"],
        [v > 0, async () => {
          const r = await handle({ kind: "small", n: v });
          if (r.score > 0) return "scored";
          return null;
        }],
      ],
      () => "none",
    );
    labels = `${labels}${label ?? "null"},`;
    if (label === null) missing++;
  }
  return { labels, missing };
});

/** Ternaries inside a loop, nested and inside object literals. */
export const ternaryInLoop = workflow(async (input: { values: Integer[] }) => {
  let acc = "";
  let sum = 0;
  for (const v of input.values) {
    const sign = v > 0 ? "+" : v < 0 ? "-" : "0";
    const r = await handle({ kind: v >= 0 ? "nonneg" : "neg", n: v });
    sum = sum + (r.score > 0 ? r.score : 0);
    acc = `${acc}${sign}`;
  }
  return { acc, sum };
});
