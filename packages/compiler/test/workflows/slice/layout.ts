import { wait, workflow, WorkflowError } from "@stepscript/dsl";
import { echo, record, score } from "./tasks.js";

export interface Input {
  name: string;
  result: string;
  count: number;
  when: string;
  delay: number;
}

/** Locals named like input fields must not clobber them; tasks receive exactly their payload. */
export const shadowing = workflow(async (input: Input) => {
  const result = await score({ name: input.name });
  const name = await echo({ original: input.name, result: input.result });
  await record({ label: input.result });
  return { name, input: { name: input.name, result: input.result }, points: result.points };
});

/** A non-object input: variables still have somewhere to live. */
export const scalarInput = workflow(async (word: string) => {
  const first = await echo(word);
  const second = await echo([word, first]);
  return second;
});

export const arrayInput = workflow(async (items: number[]) => {
  const copy = await echo(items);
  return { copy, first: items[0] };
});

/** `let`, reassignment in branches, literal objects and arrays built from variables. */
export const reassign = workflow(async (input: Input) => {
  let label = "none";
  let points = 0;
  const scored = await score({ name: input.name });
  if (scored.points > 10) {
    label = scored.label;
    points = scored.points;
  } else if (scored.flag) {
    label = "flagged";
  }
  return { label, points, both: [label, points], nested: { deep: { name: input.name, fixed: [1, "two", null] } } };
});

/** Waits with literal and dynamic seconds and timestamps; they do not change the data. */
export const waits = workflow(async (input: Input) => {
  await wait({ seconds: 5 });
  await wait({ seconds: input.delay });
  await wait({ until: "2030-01-01T00:00:00Z" });
  await wait({ until: input.when });
  const after = await echo({ count: input.count });
  return after;
});

/** Return anywhere: the output is exactly the returned value. */
export const returns = workflow(async (input: Input) => {
  if (input.count === 0) return;
  if (input.count === 1) return 0;
  if (input.count === 2) return false;
  if (input.count === 3) return "";
  if (input.count === 4) return null;
  if (input.count === 5) return input.name;
  if (input.count === 6) return input;
  if (input.count === 7) return [input.count, input.name];
  if (input.count === 8) return `${input.name}:${input.count}`;
  const scored = await score({ name: input.name });
  if (input.count === 9) return scored.points;
  if (input.count === 10) return { points: scored.points, name: input.name, at: 10 };
  return await score({ name: input.result });
});

/** Throw with literal and dynamic error names and causes. */
export const throws = workflow(async (input: Input) => {
  if (input.count === 0) throw new WorkflowError("Zero");
  if (input.count === 1) throw new WorkflowError("One", "the count was one");
  if (input.count === 2) throw new WorkflowError(input.name, input.result);
  if (input.count === 3) throw new WorkflowError("Formatted", `count ${input.count} for '${input.name}' {braces}`);
  const scored = await score({ name: input.name });
  if (scored.flag) throw new WorkflowError(scored.label, `points: ${scored.points}`);
  return scored;
});
