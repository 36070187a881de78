import { describe, expect, it } from "vitest";
import { factsOnEntry } from "../../src/optimize/knownValues.js";
import { removeUnreachable } from "../../src/optimize/removeUnreachable.js";
import { threadJumps } from "../../src/optimize/threadJumps.js";
import type { AslDefinition } from "../../src/types.js";

const machine = (States: AslDefinition["States"]): AslDefinition => ({ StartAt: "A", States });
const task = (Next: string, extra: Record<string, unknown> = {}) => ({ Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", ...extra, Next });
const failed = { Type: "Fail", Error: "E" };

describe("factsOnEntry", () => {
  it("knows the literals a Pass writes until something overwrites them, and what every way in agrees on", () => {
    const facts = factsOnEntry(
      machine({
        A: { Type: "Pass", Result: { a: { Payload: "" }, b: 1 }, Next: "B" },
        B: task("C", { ResultSelector: { "Payload.$": "$.Payload" }, ResultPath: "$.a" }),
        C: { Type: "Choice", Choices: [{ Variable: "$.b", NumericEquals: 1, Next: "D" }], Default: "E" },
        D: { Type: "Pass", Result: 2, ResultPath: "$.b", Next: "E" },
        E: { Type: "Succeed" },
      }),
    );
    expect(facts.get("B")?.get("$.a.Payload")).toEqual({ value: "" });
    expect(facts.get("C")?.get("$.a")).toEqual({ present: true });
    expect(facts.get("C")?.get("$.a.Payload")).toEqual({ present: true });
    expect(facts.get("C")?.get("$.b")).toEqual({ value: 1 });
    // E is reached with b = 1 (the Default) and with b = 2: only its presence is agreed on.
    expect(facts.get("E")?.get("$.b")).toEqual({ present: true });
  });

  it("knows nothing of the input, nor after a state with an InputPath or OutputPath", () => {
    const facts = factsOnEntry(
      machine({
        A: { Type: "Pass", Result: { a: 1 }, OutputPath: "$.a", Next: "B" },
        B: { Type: "Succeed" },
      }),
    );
    expect(facts.get("A")?.size).toBe(0);
    expect(facts.get("B")?.size).toBe(0);
  });
});

describe("threadJumps", () => {
  it("sends a caught failure past the tests whose outcome the literals written before decide", () => {
    const definition = machine({
      A: { Type: "Pass", Result: { reservation: "", charge: "" }, Next: "Reserve" },
      Reserve: task("Charge", { ResultPath: "$.reservation", Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "Charged?" }] }),
      Charge: task("Done", { ResultPath: "$.charge", Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "Charged?" }] }),
      Done: { Type: "Succeed" },
      "Charged?": { Type: "Choice", Choices: [{ Not: { Variable: "$.charge", StringEquals: "" }, Next: "Refund" }], Default: "Reserved?" },
      Refund: task("Reserved?", { ResultPath: null }),
      "Reserved?": { Type: "Choice", Choices: [{ Not: { Variable: "$.reservation", StringEquals: "" }, Next: "Release" }], Default: "Rethrow" },
      Release: task("Rethrow", { ResultPath: null }),
      Rethrow: { Type: "Fail", ErrorPath: "$.e.Error" },
    });
    const threaded = threadJumps(definition);
    expect((threaded.States.Reserve.Catch as { Next: string }[])[0].Next).toBe("Rethrow");
    // After a failed charge the reservation exists, but whether it is "" is not known.
    expect((threaded.States.Charge.Catch as { Next: string }[])[0].Next).toBe("Reserved?");
    expect(threaded.States["Charged?"]).toEqual(definition.States["Charged?"]);
  });

  it("decides And, Or, Not and the type tests, and follows a Choice that leads to another", () => {
    const definition = machine({
      A: { Type: "Pass", Result: { n: 3, s: "x", f: false, z: null }, Next: "C1" },
      C1: {
        Type: "Choice",
        Choices: [
          { Or: [{ Variable: "$.n", NumericLessThan: 3 }, { Variable: "$.s", IsNumeric: true }], Next: "Wrong" },
          { And: [{ Variable: "$.f", BooleanEquals: false }, { Variable: "$.z", IsNull: true }, { Variable: "$.n", NumericGreaterThanEquals: 3 }], Next: "C2" },
        ],
        Default: "Wrong",
      },
      C2: { Type: "Choice", Choices: [{ Variable: "$.s", StringEquals: "x", Next: "Right" }], Default: "Wrong" },
      Right: { Type: "Succeed" },
      Wrong: failed,
    });
    expect(removeUnreachable(threadJumps(definition)).States).toEqual({
      A: { Type: "Pass", Result: { n: 3, s: "x", f: false, z: null }, Next: "Right" },
      Right: { Type: "Succeed" },
    });
  });

  it("leaves a Choice alone when a test reads something unknown, a path, or nothing matches without a Default", () => {
    const unknown = machine({
      A: { Type: "Pass", Result: { n: 3 }, Next: "T" },
      T: task("C", { ResultPath: "$.r" }),
      C: {
        Type: "Choice",
        Choices: [
          { Variable: "$.r.ok", BooleanEquals: true, Next: "Yes" },
          { Variable: "$.n", NumericEqualsPath: "$.r.n", Next: "Yes" },
        ],
        Default: "No",
      },
      Yes: { Type: "Succeed" },
      No: failed,
    });
    expect(threadJumps(unknown)).toEqual(unknown);
    const noDefault = machine({
      A: { Type: "Pass", Result: { n: 3 }, Next: "C" },
      C: { Type: "Choice", Choices: [{ Variable: "$.n", NumericEquals: 4, Next: "Yes" }] },
      Yes: { Type: "Succeed" },
    });
    expect(threadJumps(noDefault)).toEqual(noDefault);
  });

  it("copies a state shared by several paths for the path that knows the Choice after it", () => {
    const definition = machine({
      A: task("Unlock", { ResultPath: "$.r", Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "Declined" }] }),
      Declined: { Type: "Pass", Parameters: { Error: "Declined", "Cause.$": "States.Format('order {}', $$.Execution.Id)" }, ResultPath: "$.e", Next: "Unlock" },
      Unlock: task("Cause?", { ResultPath: null }),
      "Cause?": { Type: "Choice", Choices: [{ Variable: "$.e.Cause", IsPresent: true, Next: "Rethrow" }], Default: "Without cause" },
      Rethrow: { Type: "Fail", ErrorPath: "$.e.Error", CausePath: "$.e.Cause" },
      "Without cause": { Type: "Fail", ErrorPath: "$.e.Error" },
    });
    const threaded = threadJumps(definition);
    expect(threaded.States.Declined.Next).toBe("Unlock (2)");
    expect(threaded.States["Unlock (2)"]).toEqual({ ...definition.States.Unlock, Next: "Rethrow" });
    expect(threaded.States.Unlock).toEqual(definition.States.Unlock);
  });

  it("skips a loop's first test when the start value decides it, but not the test after the body", () => {
    const loop = machine({
      A: { Type: "Pass", Result: { i: 0 }, Next: "Loop?" },
      "Loop?": { Type: "Choice", Choices: [{ Variable: "$.i", NumericLessThan: 3, Next: "Step" }], Default: "Done" },
      Step: { Type: "Pass", Parameters: { "i.$": "States.MathAdd($.i, 1)" }, Next: "Loop?" },
      Done: { Type: "Succeed" },
    });
    expect(threadJumps(loop).States).toEqual({ ...loop.States, A: { ...loop.States.A, Next: "Step" } });
  });
});
