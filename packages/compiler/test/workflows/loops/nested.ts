import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Box { id: string; parts: { name: string; broken: boolean }[] }

export const inspect = lambda<{ box: string; part: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Inspect", { retry: [] });

/** Nested loops: the inner `break` leaves only the inner loop; a task failure ends everything. */
export const inspectAll = workflow(async (input: { boxes: Box[] }) => {
  let checked = 0;
  let lastBroken = "none";
  for (const box of input.boxes) {
    for (const part of box.parts) {
      if (part.broken) {
        lastBroken = box.id;
        break;
      }
      const r = await inspect({ box: box.id, part: part.name });
      if (!r.ok) throw new WorkflowError("Rejected", `part ${part.name} of ${box.id}`);
      checked++;
    }
  }
  return { checked, lastBroken };
});

/** A loop over a task's result, reassigning the array inside the loop (JavaScript iterates the original). */
export const reassigned = workflow(async (input: { names: string[] }) => {
  let names = input.names;
  let visited = 0;
  for (const name of names) {
    names = [name];
    visited++;
  }
  return { visited, names };
});

/** A grid walk with two counters. */
export const grid = workflow(async (input: { rows: number; cols: number }) => {
  let cells = 0;
  for (let r = 0; r < input.rows; r++) {
    for (let c = 0; c < input.cols; c++) {
      if (c > r) continue;
      cells++;
    }
  }
  return { cells };
});
