/**
 * Each fix of the reference engine (src/engine/fixes/), shown by probes: tiny hand-written
 * definitions run directly on the engine, each with the result the ASL specification and AWS's
 * documentation give. Every probe holds on the fixed engine, and every fix has a probe that fails
 * on the engine with only that fix left out, so no fix is there without a reason.
 */
import { describe, expect, it } from "vitest";
import { applyFix, EngineFixError, engineFixes, loadEngine, type Engine, type EngineFix } from "../../src/index.js";

type Definition = { StartAt: string; States: Record<string, Record<string, unknown>> };

interface Probe {
  fix: string;
  name: string;
  run: (engine: Engine) => Promise<unknown>;
  expected: unknown;
}

/** Runs on the engine (no harness), returning the output or the Error/Cause, and the states entered. */
async function run(
  engine: Engine,
  definition: Definition,
  input: unknown,
  context?: Record<string, unknown>,
): Promise<{ output?: unknown; error?: string; cause?: string; noCause?: boolean; entered: number }> {
  const machine = new engine.StateMachine(structuredClone(definition) as never, { validationOptions: { noValidate: true } });
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

const outputOf = async (engine: Engine, definition: Definition, input: unknown, context?: Record<string, unknown>) =>
  (await run(engine, definition, input, context)).output;

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

const probes: Probe[] = [];
const probe = (fix: string, name: string, runProbe: Probe["run"], expected: unknown) =>
  probes.push({ fix, name, run: runProbe, expected });

// promise-with-resolvers: a Task state (Node 20 has no Promise.withResolvers)
probe(
  "promise-with-resolvers",
  "a Task state runs (its timeout uses Promise.withResolvers)",
  async (engine) => {
    if (typeof (Promise as { withResolvers?: unknown }).withResolvers === "function") {
      // On Node 22+ the global exists; the fix must then still route the engine to ours.
      const original = (Promise as { withResolvers?: unknown }).withResolvers;
      delete (Promise as { withResolvers?: unknown }).withResolvers;
      try {
        return await taskOutput(engine);
      } finally {
        (Promise as { withResolvers?: unknown }).withResolvers = original;
      }
    }
    return taskOutput(engine);
  },
  { got: { a: 1 } },
);
async function taskOutput(engine: Engine): Promise<unknown> {
  const machine = new engine.StateMachine(
    { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:F", End: true } } } as never,
    { validationOptions: { noValidate: true } },
  );
  const execution = machine.run({ a: 1 } as never, { overrides: { taskResourceLocalHandlers: { T: async (input: unknown) => ({ got: input }) } } } as never);
  try {
    return await execution.result;
  } catch (thrown) {
    return String((thrown as { cause?: unknown }).cause ?? thrown);
  }
}

// (a) ResultPath
probe("result-path-root", '"$" replaces the whole input with the result', (e) => outputOf(e, pass({ Result: { x: 1 }, ResultPath: "$" }), { a: 1 }), { x: 1 });
probe("result-path-root", "\"$['a b']\" (bracket notation) sets that field, as $.a does", (e) => outputOf(e, pass({ Result: 2, ResultPath: "$['a b']" }), { c: 1 }), { c: 1, "a b": 2 });
probe("result-path-root", '"$.a" still sets a field', (e) => outputOf(e, pass({ Result: 2, ResultPath: "$.a" }), { c: 1 }), { c: 1, a: 2 });

// (b) Pass
for (const result of [0, false, "", null]) {
  probe("pass-falsy-result", `outputs a falsy Result (${JSON.stringify(result)}), not its input`, (e) => outputOf(e, pass({ Result: result }), { a: 1 }), result);
}

// (c) Choice type tests set to false
for (const [test, input] of [
  [{ IsPresent: false }, {}],
  [{ IsNull: false }, { x: 1 }],
  [{ IsString: false }, { x: 1 }],
  [{ IsNumeric: false }, { x: "1" }],
  [{ IsBoolean: false }, { x: 1 }],
  [{ IsTimestamp: false }, { x: "yesterday" }],
] as const) {
  probe("choice-type-tests-false", `${JSON.stringify(test)} matches when the test is false (input ${JSON.stringify(input)})`, (e) => outputOf(e, choice({ Variable: "$.x", ...test }), input), "matched");
}
for (const [test, input] of [
  [{ IsPresent: false }, { x: 1 }],
  [{ IsNull: false }, { x: null }],
  [{ IsString: false }, { x: "s" }],
  [{ IsNumeric: false }, { x: 1 }],
  [{ IsBoolean: false }, { x: true }],
  [{ IsTimestamp: false }, { x: "2024-01-01T00:00:00Z" }],
  [{ IsTimestamp: true }, { x: 5 }],
] as const) {
  probe("choice-type-tests-false", `${JSON.stringify(test)} does not match when the test is true (input ${JSON.stringify(input)})`, (e) => outputOf(e, choice({ Variable: "$.x", ...test }), input), "not matched");
}

// (c') Choice comparisons with a Variable of another type
for (const [test, x] of [
  [{ StringLessThan: "10" }, 5],
  [{ StringGreaterThanEquals: "" }, 5],
  [{ NumericLessThan: 5 }, "3"],
  [{ NumericGreaterThan: 0 }, true],
  [{ StringMatches: "1*" }, 12],
  [{ TimestampLessThan: "2020-01-01T00:00:00Z" }, 5],
  [{ TimestampGreaterThan: "2020-01-01T00:00:00Z" }, "2030-01-01"],
] as const) {
  probe("choice-typed-comparisons", `${JSON.stringify(test)} with the value ${JSON.stringify(x)} does not match (no coercion, no TypeError)`, (e) => outputOf(e, choice({ Variable: "$.x", ...test }), { x }), "not matched");
}
for (const [test, x] of [
  [{ StringLessThan: "2" }, "10"],
  [{ NumericLessThan: 5 }, 3],
  [{ StringMatches: "1*" }, "12"],
  [{ TimestampLessThan: "2020-01-01T00:00:00Z" }, "2019-12-31T23:59:59Z"],
] as const) {
  probe("choice-typed-comparisons", `${JSON.stringify(test)} still matches ${JSON.stringify(x)}`, (e) => outputOf(e, choice({ Variable: "$.x", ...test }), { x }), "matched");
}

// (d) States.JsonMerge
probe(
  "json-merge-copy",
  "does not modify its first argument",
  (e) => outputOf(e, pass({ Parameters: { "merged.$": "States.JsonMerge($.a, $.b, false)", "a.$": "$.a" } }), { a: { x: 1 }, b: { y: 2 } }),
  { merged: { x: 1, y: 2 }, a: { x: 1 } },
);

// (e) the context object in Map iterations and Parallel branches
{
  const probeState = { Type: "Pass", Parameters: { "input.$": "$$.Execution.Input", "start.$": "$$.Execution.StartTime" }, End: true };
  const context = { Execution: { StartTime: "2024-05-01T00:00:00.000Z" } };
  const mapInput = { items: [1, 2] };
  const mapDefinition: Definition = {
    StartAt: "M",
    States: { M: { Type: "Map", ItemsPath: "$.items", ItemProcessor: { StartAt: "P", States: { P: probeState } }, End: true } },
  };
  const expected = { input: mapInput, start: "2024-05-01T00:00:00.000Z" };
  probe("nested-execution-context", "$$.Execution.Input is the execution's input inside a Map iteration", (e) => outputOf(e, mapDefinition, mapInput, context), [expected, expected]);
  const parallelInput = { a: 1, b: 2 };
  const parallelDefinition: Definition = {
    StartAt: "Par",
    States: { Par: { Type: "Parallel", Parameters: { "only.$": "$.a" }, Branches: [{ StartAt: "P", States: { P: probeState } }], End: true } },
  };
  probe("nested-execution-context", "$$.Execution.Input is the execution's input inside a Parallel branch", (e) => outputOf(e, parallelDefinition, parallelInput, context), [{ input: parallelInput, start: "2024-05-01T00:00:00.000Z" }]);
  probe("nested-execution-context", "$$.Execution.StartTime given in the context option is kept", (e) => outputOf(e, pass({ Parameters: { "start.$": "$$.Execution.StartTime" } }), {}, context), { start: "2024-05-01T00:00:00.000Z" });
}

// (f) Fail
probe(
  "fail-intrinsic-paths",
  "CausePath and ErrorPath may be intrinsic functions",
  async (e) => {
    const definition: Definition = {
      StartAt: "F",
      States: { F: { Type: "Fail", ErrorPath: "States.Format('{}.Failed', $.kind)", CausePath: "States.Format('order {} failed: {}', $.id, $.reason)" } },
    };
    const { error, cause } = await run(e, definition, { kind: "Order", id: 7, reason: "no stock" });
    return { error, cause };
  },
  { error: "Order.Failed", cause: "order 7 failed: no stock" },
);
probe(
  "fail-without-cause",
  "without Cause, fails with no cause (not an invented one)",
  async (e) => {
    const { error, noCause } = await run(e, { StartAt: "F", States: { F: { Type: "Fail", Error: "Nope" } } }, {});
    return { error, noCause };
  },
  { error: "Nope", noCause: true },
);
probe(
  "fail-without-cause",
  "without Cause, a Catch's error output has no Cause",
  (e) =>
    outputOf(
      e,
      {
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
      },
      {},
    ),
  { Error: "Nope" },
);
probe(
  "fail-without-cause",
  "with a Cause, the cause is kept",
  async (e) => {
    const { error, cause, noCause } = await run(e, { StartAt: "F", States: { F: { Type: "Fail", Error: "Nope", Cause: "why" } } }, {});
    return { error, cause, noCause };
  },
  { error: "Nope", cause: "why", noCause: false },
);

// (g) the event log
/** P0 -> P1 -> … -> P<length-1>, the last one ending. */
function chainOfPasses(length: number): Definition {
  const names = Array.from({ length }, (_, i) => `P${i}`);
  const states = Object.fromEntries(
    names.map((name, i) => [name, i === length - 1 ? { Type: "Pass", End: true } : { Type: "Pass", Next: names[i + 1] }]),
  );
  return { StartAt: "P0", States: states };
}
probe(
  "nested-event-log-complete",
  "has every state entered inside Map iterations, even when the Map ends the execution",
  async (e) => {
    const definition: Definition = { StartAt: "M", States: { M: { Type: "Map", ItemProcessor: chainOfPasses(30), End: true } } };
    return (await run(e, definition, [1, 2, 3])).entered;
  },
  1 + 3 * 30,
);
probe(
  "nested-event-log-complete",
  "has every state entered inside Parallel branches, even when the Parallel ends the execution",
  async (e) => {
    const branch = chainOfPasses(30);
    const definition: Definition = { StartAt: "Par", States: { Par: { Type: "Parallel", Branches: [branch, branch], End: true } } };
    return (await run(e, definition, {})).entered;
  },
  1 + 2 * 30,
);

// (h) intrinsic functions' string literals
probe(
  "intrinsic-string-literals",
  "commas, parentheses and escaped quotes inside a literal are text; \\\\ is one backslash",
  (e) => outputOf(e, pass({ Parameters: { "s.$": String.raw`States.Format('it\'s {} a\\b (x, y)', $.name)` } }), { name: "Ann" }),
  { s: String.raw`it's Ann a\b (x, y)` },
);
probe(
  "intrinsic-string-literals",
  "a literal ending in an escaped backslash ends there",
  (e) => outputOf(e, pass({ Parameters: { "a.$": String.raw`States.Array('a\\', 'b')` } }), {}),
  { a: ["a\\", "b"] },
);
probe(
  "intrinsic-string-literals",
  "values keep their backslashes",
  (e) => outputOf(e, pass({ Parameters: { "s.$": "States.Format('path: {}', $.p)", "j.$": "States.JsonToString($.o)" } }), { p: String.raw`C:\dir`, o: { q: String.raw`a\b` } }),
  { s: String.raw`path: C:\dir`, j: JSON.stringify({ q: String.raw`a\b` }) },
);
probe(
  "format-escaped-braces",
  "\\{ and \\} in a States.Format template are braces, not a placeholder",
  (e) => outputOf(e, pass({ Parameters: { "s.$": String.raw`States.Format('{} \{\} \{not a placeholder\}', $.name)` } }), { name: "Ann" }),
  { s: "Ann {} {not a placeholder}" },
);

// intrinsics as AWS documents them
probe(
  "string-split-delimiter-chars",
  "States.StringSplit splits at every character of the delimiter and drops empty pieces (AWS's example)",
  (e) => outputOf(e, pass({ Parameters: { "v.$": "States.StringSplit($.s, '.+,=')" } }), { s: "This.is+a,,test=string," }),
  { v: ["This", "is", "a", "test", "string"] },
);
probe(
  "base64-utf8",
  "States.Base64Encode/Decode use UTF-8",
  (e) => outputOf(e, pass({ Parameters: { "e.$": "States.Base64Encode($.s)", "d.$": "States.Base64Decode('w6k=')" } }), { s: "é" }),
  { e: "w6k=", d: "é" },
);
probe(
  "math-random-exclusive-end",
  "States.MathRandom excludes the end",
  async (e) => {
    const values = new Set<unknown>();
    for (let seed = 0; seed < 20; seed++) {
      values.add(((await outputOf(e, pass({ Parameters: { "n.$": `States.MathRandom(3, 4, ${seed})` } }), {})) as { n: unknown }).n);
    }
    return [...values];
  },
  [3],
);

probe(
  "array-range-intrinsic-failure",
  "States.ArrayRange holds at most 1,000 items (AWS's limit); beyond it the intrinsic fails with States.IntrinsicFailure, which a Catch on States.ALL catches",
  async (e) => {
    const ranged = (end: number): Definition => ({
      StartAt: "Try",
      States: {
        Try: {
          Type: "Parallel",
          Branches: [{ StartAt: "R", States: { R: { Type: "Pass", Parameters: { [`v.$`]: `States.ArrayRange(1, ${end}, 1)` }, End: true } } }],
          Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.caught", Next: "Caught" }],
          End: true,
        },
        Caught: { Type: "Pass", InputPath: "$.caught.Error", End: true },
      },
    });
    const atLimit = (await outputOf(e, ranged(1000), {})) as { v: number[] }[];
    return { atLimit: atLimit[0].v.length, over: await outputOf(e, ranged(1001), {}), aws: await outputOf(e, pass({ Parameters: { "v.$": "States.ArrayRange(1, 9, 2)" } }), {}) };
  },
  { atLimit: 1000, over: "States.IntrinsicFailure", aws: { v: [1, 3, 5, 7, 9] } },
);

// (i) States.TaskFailed
{
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
  const runWith = async (engine: Engine, field: "Retry" | "Catch", errorName: string) => {
    let calls = 0;
    const machine = new engine.StateMachine(structuredClone(definition(field)) as never, { validationOptions: { noValidate: true } });
    const execution = machine.run({}, {
      overrides: {
        taskResourceLocalHandlers: {
          T: async () => {
            calls += 1;
            throw Object.assign(new Error("failed"), { name: errorName });
          },
        },
        retryIntervalOverrides: { T: 0 },
      },
    } as never);
    try {
      return { output: await execution.result, calls };
    } catch (thrown) {
      return { error: ((thrown as { cause?: Error }).cause ?? (thrown as Error)).name, calls };
    }
  };
  probe("task-failed-not-timeout", "Catch does not catch an error named States.Timeout", (e) => runWith(e, "Catch", "States.Timeout"), { error: "States.Timeout", calls: 1 });
  probe("task-failed-not-timeout", "Retry does not retry an error named States.Timeout", (e) => runWith(e, "Retry", "States.Timeout"), { error: "States.Timeout", calls: 1 });
  probe("task-failed-not-timeout", "other task errors are still caught", (e) => runWith(e, "Catch", "Other"), { output: "caught", calls: 1 });
  probe("task-failed-not-timeout", "other task errors are still retried", (e) => runWith(e, "Retry", "Other"), { error: "Other", calls: 2 });
}

const fixed = loadEngine(engineFixes);
const without = (fix: EngineFix) => loadEngine(engineFixes.filter((other) => other !== fix));
/** What a probe gives on an engine; a throw (the unfixed engine's TypeError…) is a result too. */
const attempt = (p: Probe, engine: Engine) => p.run(engine).catch((thrown: unknown) => ({ threw: String(thrown) }));

describe("the fixed engine", () => {
  it.each(probes.map((p) => [p.fix, p.name, p] as const))("%s: %s", async (_fix, _name, p) => {
    expect(await p.run(fixed)).toEqual(p.expected);
  });
});

describe("every fix is needed: a probe fails with that fix left out", () => {
  it.each(engineFixes.map((fix) => [fix.name, fix] as const))("%s", async (name, fix) => {
    const own = probes.filter((p) => p.fix === name);
    expect(own.length, `fix "${name}" has no probe`).toBeGreaterThan(0);
    const engine = without(fix);
    const failing: string[] = [];
    for (const p of own) {
      const result = await attempt(p, engine);
      if (JSON.stringify(result) !== JSON.stringify(p.expected)) failing.push(p.name);
    }
    expect(failing.length, `no probe of "${name}" fails without it`).toBeGreaterThan(0);
  });
});

describe("applyFix", () => {
  const fix = (replacements: EngineFix["replacements"]): EngineFix => ({ name: "demo", why: "a test", replacements });

  it("replaces an exact text and a region", () => {
    expect(applyFix("a b c d", fix([{ find: "b", replace: "B" }, { from: "c", through: "d", replace: "X" }]))).toBe("a B X");
  });

  it("fails naming the fix when a text is not there (another engine version)", () => {
    expect(() => applyFix("a b", fix([{ find: "z", replace: "Z" }]))).toThrow(EngineFixError);
    expect(() => applyFix("a b", fix([{ find: "z", replace: "Z" }]))).toThrow(/engine fix "demo" \(replacement 1\): expected 1 occurrence/);
    expect(() => applyFix("b b", fix([{ find: "b", replace: "B" }]))).toThrow(/found 2/);
    expect(() => applyFix("a b", fix([{ from: "a", through: "z", replace: "" }]))).toThrow(/no "z" after "a"/);
  });

  it("every fix applies to the installed engine (loading throws otherwise)", () => {
    expect(Object.keys(fixed)).toContain("StateMachine");
  });

  it("leaves the global Promise alone (Node 20 has no withResolvers; the engine's is its own)", () => {
    const nodeMajor = Number(process.versions.node.split(".")[0]);
    expect("withResolvers" in Promise).toBe(nodeMajor >= 22);
  });
});
