import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Ticket {
  kind: "bug" | "feature" | "question" | "chore";
  priority: number;
  label?: string;
}

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const log = lambda<{ step: string }, null>(`${ARN}Log`, { retry: [] });

/** Grouped cases, default in the middle, fall-through between non-empty cases, return and throw in cases. */
export const route = workflow(async (ticket: Ticket) => {
  let team = "none";
  switch (ticket.kind) {
    case "bug":
    case "chore":
      team = "engineering";
      break;
    default:
      team = "support";
    // falls through
    case "feature":
      await log({ step: "feature" });
      if (ticket.priority > 2) break;
      await log({ step: "low priority" });
      break;
    case "question":
      throw new WorkflowError("Unanswerable", "questions are not routed");
  }
  return { team };
});

export const byNumber = workflow(async (input: { n: number }) => {
  switch (input.n) {
    case 0:
      return "zero";
    case 1:
      await log({ step: "one" });
    // falls through
    case 2:
      return "one or two";
    case -1:
      return "minus one";
    default:
      return "other";
  }
});

export const byOptional = workflow(async (ticket: Ticket) => {
  switch (ticket.label) {
    case "":
      return "empty";
    case "0":
      return "zero";
    case undefined:
      return "absent";
  }
  return "other";
});

export const byTrue = workflow(async (input: { n: number; name: string }) => {
  switch (true) {
    case input.n > 10 && input.name !== "":
      return "big";
    case input.n === 10:
      return "ten";
    default:
      return "small";
  }
});

export const byVariable = workflow(async (input: { a: string; b: string; c: string }) => {
  switch (input.a) {
    case input.b:
      return "b";
    case input.c:
      return "c";
  }
  return "none";
});
