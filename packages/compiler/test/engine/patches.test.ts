/**
 * Each fix in patches/aws-local-stepfunctions+3.0.0.patch, shown on a tiny hand-written
 * definition run directly on the engine. Every test here fails on the unpatched engine 3.0.0.
 */
import { describe, expect, it } from "vitest";
import { StateMachine } from "aws-local-stepfunctions";

type Definition = { StartAt: string; States: Record<string, Record<string, unknown>> };

/** Runs on the engine as it is (no harness), returning the output or the Error/Cause and the states entered. */
async function run(
  definition: Definition,
  input: unknown,
  context?: Record<string, unknown>,
): Promise<{ output?: unknown; error?: string; cause?: string; noCause?: boolean; entered: number }> {
  const machine = new StateMachine(structuredClone(definition) as never, { validationOptions: { noValidate: true } });
  const execution = machine.run(structuredClone(input) as never, { context: context as never });
  let entered = 0;
  const drained = (async () => {
    for await (const event of execution.eventLogs) if (event.type === "StateEntered") entered += 1;
  })();
  try {
    const output = await execution.result;
    await drained;
    return { output, entered };
  } catch (thrown) {
    await drained;
    const error = (thrown as { cause?: Error & { noCause?: boolean } }).cause;
    if (!error) throw thrown;
    return { error: error.name, cause: error.message, noCause: error.noCause ?? false, entered };
  }
}

const pass = (fields: Record<string, unknown>): Definition => ({
  StartAt: "P",
  States: { P: { Type: "Pass", ...fields, End: true } },
});

const choice = (rule: Record<string, unknown>): Definition => ({
  StartAt: "C",
  States: {
    C: { Type: "Choice", Choices: [{ ...rule, Next: "Matched" }], Default: "NotMatched" },
    Matched: { Type: "Pass", Result: "matched", End: true },
    NotMatched: { Type: "Pass", Result: "not matched", End: true },
  },
});

describe("(a) ResultPath", () => {
  it('"$" replaces the whole input with the result', async () => {
    expect(await run(pass({ Result: { x: 1 }, ResultPath: "$" }), { a: 1 })).toMatchObject({ output: { x: 1 } });
  });

  it("\"$['a b']\" (bracket notation) sets that field, as $.a does", async () => {
    const result = await run(pass({ Result: 2, ResultPath: "$['a b']" }), { c: 1 });
    expect(result.output).toEqual({ c: 1, "a b": 2 });
  });
});

describe("(b) Pass", () => {
  it.each([0, false, "", null])("outputs a falsy Result (%j), not its input", async (result) => {
    expect((await run(pass({ Result: result }), { a: 1 })).output).toBe(result);
  });
});

describe("(c) Choice type tests set to false", () => {
  it.each([
    [{ IsPresent: false }, {}],
    [{ IsNull: false }, { x: 1 }],
    [{ IsString: false }, { x: 1 }],
    [{ IsNumeric: false }, { x: "1" }],
    [{ IsBoolean: false }, { x: 1 }],
    [{ IsTimestamp: false }, { x: "yesterday" }],
  ])("%j matches when the test is false (input %j)", async (test, input) => {
    expect((await run(choice({ Variable: "$.x", ...test }), input)).output).toBe("matched");
  });

  it.each([
    [{ IsPresent: false }, { x: 1 }],
    [{ IsNull: false }, { x: null }],
    [{ IsString: false }, { x: "s" }],
    [{ IsNumeric: false }, { x: 1 }],
    [{ IsBoolean: false }, { x: true }],
    [{ IsTimestamp: false }, { x: "2024-01-01T00:00:00Z" }],
  ])("%j does not match when the test is true (input %j)", async (test, input) => {
    expect((await run(choice({ Variable: "$.x", ...test }), input)).output).toBe("not matched");
  });
});

describe("(c') Choice comparisons with a Variable of another type are false", () => {
  it.each([
    [{ StringLessThan: "10" }, 5],
    [{ StringGreaterThanEquals: "" }, 5],
    [{ NumericLessThan: 5 }, "3"],
    [{ NumericGreaterThan: 0 }, true],
    [{ StringMatches: "1*" }, 12],
    [{ TimestampLessThan: "2020-01-01T00:00:00Z" }, 5],
    [{ TimestampGreaterThan: "2020-01-01T00:00:00Z" }, "2030-01-01"],
  ])("%j with the value %j does not match (no coercion, no TypeError)", async (test, x) => {
    expect(await run(choice({ Variable: "$.x", ...test }), { x })).toMatchObject({ output: "not matched" });
  });

  it("the same comparisons still match values of their type", async () => {
    expect((await run(choice({ Variable: "$.x", StringLessThan: "2" }), { x: "10" })).output).toBe("matched");
    expect((await run(choice({ Variable: "$.x", NumericLessThan: 5 }), { x: 3 })).output).toBe("matched");
    expect((await run(choice({ Variable: "$.x", StringMatches: "1*" }), { x: "12" })).output).toBe("matched");
    expect(
      (await run(choice({ Variable: "$.x", TimestampLessThan: "2020-01-01T00:00:00Z" }), { x: "2019-12-31T23:59:59Z" }))
        .output,
    ).toBe("matched");
  });
});

describe("(d) States.JsonMerge", () => {
  it("does not modify its first argument", async () => {
    const definition = pass({ Parameters: { "merged.$": "States.JsonMerge($.a, $.b, false)", "a.$": "$.a" } });
    expect((await run(definition, { a: { x: 1 }, b: { y: 2 } })).output).toEqual({ merged: { x: 1, y: 2 }, a: { x: 1 } });
  });
});

describe("(e) the context object in Map iterations and Parallel branches", () => {
  const probe = { Type: "Pass", Parameters: { "input.$": "$$.Execution.Input", "start.$": "$$.Execution.StartTime" }, End: true };
  const context = { Execution: { StartTime: "2024-05-01T00:00:00.000Z" } };

  it("$$.Execution.Input is the execution's input inside a Map iteration", async () => {
    const definition: Definition = {
      StartAt: "M",
      States: { M: { Type: "Map", ItemsPath: "$.items", ItemProcessor: { StartAt: "P", States: { P: probe } }, End: true } },
    };
    const input = { items: [1, 2] };
    const expected = { input, start: "2024-05-01T00:00:00.000Z" };
    expect((await run(definition, input, context)).output).toEqual([expected, expected]);
  });

  it("$$.Execution.Input is the execution's input inside a Parallel branch", async () => {
    const definition: Definition = {
      StartAt: "Par",
      States: {
        Par: { Type: "Parallel", Parameters: { "only.$": "$.a" }, Branches: [{ StartAt: "P", States: { P: probe } }], End: true },
      },
    };
    const input = { a: 1, b: 2 };
    expect((await run(definition, input, context)).output).toEqual([{ input, start: "2024-05-01T00:00:00.000Z" }]);
  });

  it("$$.Execution.StartTime given in the context option is kept", async () => {
    expect((await run(pass({ Parameters: { "start.$": "$$.Execution.StartTime" } }), {}, context)).output).toEqual({
      start: "2024-05-01T00:00:00.000Z",
    });
  });
});

describe("(f) Fail", () => {
  it("CausePath and ErrorPath may be intrinsic functions", async () => {
    const definition: Definition = {
      StartAt: "F",
      States: {
        F: {
          Type: "Fail",
          ErrorPath: "States.Format('{}.Failed', $.kind)",
          CausePath: "States.Format('order {} failed: {}', $.id, $.reason)",
        },
      },
    };
    expect(await run(definition, { kind: "Order", id: 7, reason: "no stock" })).toMatchObject({
      error: "Order.Failed",
      cause: "order 7 failed: no stock",
    });
  });

  it("without Cause, fails with no cause (not an invented one), also in a Catch's error output", async () => {
    expect(await run({ StartAt: "F", States: { F: { Type: "Fail", Error: "Nope" } } }, {})).toMatchObject({
      error: "Nope",
      noCause: true,
    });
    const caught: Definition = {
      StartAt: "Par",
      States: {
        Par: {
          Type: "Parallel",
          Branches: [{ StartAt: "F", States: { F: { Type: "Fail", Error: "Nope" } } }],
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Done" }],
          Next: "Done",
        },
        Done: { Type: "Pass", End: true },
      },
    };
    expect((await run(caught, {})).output).toEqual({ Error: "Nope" });
  });
});

describe("(g) the event log", () => {
  it("has every state entered inside Map iterations, even when the Map ends the execution", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `P${i}`);
    const states = Object.fromEntries(
      names.map((name, i) => [name, i === names.length - 1 ? { Type: "Pass", End: true } : { Type: "Pass", Next: names[i + 1] }]),
    );
    const definition: Definition = {
      StartAt: "M",
      States: { M: { Type: "Map", ItemProcessor: { StartAt: "P0", States: states }, End: true } },
    };
    expect((await run(definition, [1, 2, 3])).entered).toBe(1 + 3 * 30);
  });
});

describe("(h) intrinsic functions' string literals", () => {
  it("escapes (\\' \\{ \\} \\\\) stand for the character; commas and parentheses inside a literal are text", async () => {
    const format = String.raw`States.Format('it\'s {} \{not a placeholder\} a\\b (x, y)', $.name)`;
    expect((await run(pass({ Parameters: { "s.$": format } }), { name: "Ann" })).output).toEqual({
      s: String.raw`it's Ann {not a placeholder} a\b (x, y)`,
    });
  });

  it("values keep their backslashes", async () => {
    const definition = pass({ Parameters: { "s.$": "States.Format('path: {}', $.p)", "j.$": "States.JsonToString($.o)" } });
    expect((await run(definition, { p: String.raw`C:\dir`, o: { q: String.raw`a\b` } })).output).toEqual({
      s: String.raw`path: C:\dir`,
      j: JSON.stringify({ q: String.raw`a\b` }),
    });
  });
});

describe("(stepscript) intrinsics as AWS documents them", () => {
  const run = async (parameters: Record<string, string>, input: unknown = {}) => {
    const { runOnEngine } = await import("../harness/engine.js");
    return runOnEngine({ StartAt: "P", States: { P: { Type: "Pass", Parameters: parameters, End: true } } }, input, { validate: false });
  };
  it("States.StringSplit splits at every character of the delimiter and drops empty pieces", async () => {
    expect(await run({ "v.$": "States.StringSplit($.s, '.+,=')" }, { s: "This.is+a,,test=string," })).toMatchObject({ status: "succeeded", output: { v: ["This", "is", "a", "test", "string"] } });
  });
  it("States.Base64Encode/Decode use UTF-8", async () => {
    expect(await run({ "e.$": "States.Base64Encode($.s)", "d.$": "States.Base64Decode('w6k=')" }, { s: "é" })).toMatchObject({ status: "succeeded", output: { e: "w6k=", d: "é" } });
  });
  it("States.MathRandom excludes the end", async () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(await run({ "n.$": `States.MathRandom(3, 4, ${seed})` })).toMatchObject({ status: "succeeded", output: { n: 3 } });
    }
  });
});

describe("(i) States.TaskFailed", () => {
  const failsWith = (name: string) => async () => {
    throw Object.assign(new Error("failed"), { name });
  };
  const definition = (field: "Retry" | "Catch"): Definition => ({
    StartAt: "T",
    States: {
      T: {
        Type: "Task",
        Resource: "arn:aws:lambda:us-east-1:123456789012:function:F",
        ...(field === "Catch"
          ? { Catch: [{ ErrorEquals: ["States.TaskFailed"], ResultPath: "$.caught", Next: "Caught" }] }
          : { Retry: [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 1 }] }),
        End: true,
      },
      Caught: { Type: "Pass", Result: "caught", End: true },
    },
  });
  const runWith = async (def: Definition, handler: () => Promise<unknown>) => {
    let calls = 0;
    const machine = new StateMachine(structuredClone(def) as never, { validationOptions: { noValidate: true } });
    const execution = machine.run({}, {
      overrides: { taskResourceLocalHandlers: { T: async () => { calls += 1; return handler(); } }, retryIntervalOverrides: { T: 0 } },
    } as never);
    try {
      return { output: await execution.result, calls };
    } catch (thrown) {
      return { error: ((thrown as { cause?: Error }).cause ?? (thrown as Error)).name, calls };
    }
  };

  it("does not catch or retry an error named States.Timeout, as in Step Functions", async () => {
    expect(await runWith(definition("Catch"), failsWith("States.Timeout"))).toEqual({ error: "States.Timeout", calls: 1 });
    expect(await runWith(definition("Retry"), failsWith("States.Timeout"))).toEqual({ error: "States.Timeout", calls: 1 });
  });

  it("still catches and retries other task errors", async () => {
    expect(await runWith(definition("Catch"), failsWith("Other"))).toEqual({ output: "caught", calls: 1 });
    expect(await runWith(definition("Retry"), failsWith("Other"))).toEqual({ error: "Other", calls: 2 });
  });
});
