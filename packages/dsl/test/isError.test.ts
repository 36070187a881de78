import { describe, expect, it } from "vitest";
import { isError, WorkflowError } from "../src/index.js";

describe("isError (local meaning)", () => {
  it("matches a WorkflowError by name, as ErrorEquals does", () => {
    const busy = new WorkflowError("Busy", "later");
    expect(isError(busy, "Busy")).toBe(true);
    expect(isError(busy, "Other", "Busy")).toBe(true);
    expect(isError(busy, "Bus")).toBe(false);
    expect(isError(busy, "States.ALL")).toBe(true);
    expect(isError(busy, "States.TaskFailed")).toBe(true);
  });

  it("keeps the wildcards' exceptions: States.Timeout for TaskFailed, States.Runtime for both", () => {
    expect(isError(new WorkflowError("States.Timeout"), "States.TaskFailed")).toBe(false);
    expect(isError(new WorkflowError("States.Timeout"), "States.ALL")).toBe(true);
    expect(isError(new WorkflowError("States.Runtime"), "States.ALL")).toBe(false);
    expect(isError(new WorkflowError("States.Runtime"), "States.Runtime")).toBe(true);
  });

  it("is false for anything but a WorkflowError", () => {
    expect(isError(new Error("Busy"), "Error")).toBe(false);
    expect(isError({ error: "Busy" }, "Busy")).toBe(false);
    expect(isError(undefined, "States.ALL")).toBe(false);
  });

  it("with no names is a plain type guard: whether the value is a WorkflowError", () => {
    const caught: unknown = new WorkflowError("States.Runtime");
    expect(isError(caught)).toBe(true);
    if (isError(caught)) expect(caught.error).toBe("States.Runtime");
    expect(isError(new Error("Busy"))).toBe(false);
    expect(isError(null)).toBe(false);
  });
});
