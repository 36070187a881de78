/** The reference-engine harness on hand-written definitions: outputs, failures, calls, transitions. */
import { describe, expect, it } from "vitest";
import { bind, lambda, task, workflow, WorkflowError } from "@stepscript/dsl";
import type { AslDefinition } from "../../src/types.js";
import { runOnEngine } from "../harness/engine.js";
import { runLocally } from "../harness/local.js";
import { expectSameBehaviour, expectSameBehaviourUnordered } from "../harness/differential.js";

interface Order {
  orderId: string;
  amount: number;
}
interface Check {
  valid: boolean;
  reason?: string;
}

const VALIDATE_ARN = "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder";
const validateOrder = lambda<Order, Check>(VALIDATE_ARN);
const charge = lambda<{ orderId: string; amount: number }, { chargeId: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:Charge",
);
const publish = task<{ TopicArn: string; Message: string }, { MessageId: string }>("arn:aws:states:::sns:publish");

const order: Order = { orderId: "o-1", amount: 30 };

/** Validate (Lambda, ResultSelector + ResultPath), then a Choice that fails with ErrorPath/CausePath. */
const validateThenDecide: AslDefinition = {
  StartAt: "ValidateOrder",
  States: {
    ValidateOrder: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: VALIDATE_ARN, "Payload.$": "$" },
      ResultSelector: { "valid.$": "$.Payload.valid", "reason.$": "$.Payload.reason" },
      ResultPath: "$.check",
      Next: "IsValid",
    },
    IsValid: {
      Type: "Choice",
      Choices: [{ Variable: "$.check.valid", BooleanEquals: false, Next: "Invalid" }],
      Default: "Done",
    },
    Invalid: { Type: "Fail", ErrorPath: "$.check.reason", CausePath: "States.Format('order {} is invalid', $.orderId)" },
    Done: { Type: "Pass", Parameters: { "orderId.$": "$.orderId" }, End: true },
  },
};

describe("runOnEngine", () => {
  it("runs a lambda:invoke Task with ResultSelector and ResultPath, a Choice and a Pass", async () => {
    const run = await runOnEngine(validateThenDecide, order, {
      tasks: [bind(validateOrder, () => ({ valid: true, reason: "ok" }))],
    });
    expect(run).toEqual({
      status: "succeeded",
      output: { orderId: "o-1" },
      calls: [{ resource: VALIDATE_ARN, input: order }],
      transitions: 3,
      // The largest data of the run: ValidateOrder's output (IsValid's input).
      peakPayload: JSON.stringify({ ...order, check: { valid: true, reason: "ok" } }).length,
      childExecutions: 0,
      childTransitions: 0,
    });
  });

  it("fails through a Fail state with ErrorPath and an intrinsic CausePath", async () => {
    const run = await runOnEngine(validateThenDecide, order, {
      tasks: [bind(validateOrder, () => ({ valid: false, reason: "TooSmall" }))],
    });
    expect(run).toMatchObject({ status: "failed", error: "TooSmall", cause: "order o-1 is invalid", transitions: 3 });
  });

  it("returns Lambda's whole invoke response, so a definition that does not select $.Payload is caught", async () => {
    const definition: AslDefinition = {
      StartAt: "Validate",
      States: {
        Validate: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: VALIDATE_ARN, "Payload.$": "$" },
          End: true,
        },
      },
    };
    const run = await runOnEngine(definition, order, { tasks: [bind(validateOrder, () => ({ valid: true }))] });
    expect(run.status === "succeeded" && run.output).toMatchObject({
      ExecutedVersion: "$LATEST",
      Payload: { valid: true },
      StatusCode: 200,
      SdkHttpMetadata: { HttpStatusCode: 200 },
      SdkResponseMetadata: { RequestId: expect.any(String) },
    });
  });

  it("passes a non-Lambda Task its effective input (Parameters) and returns the implementation's result as is", async () => {
    const definition: AslDefinition = {
      StartAt: "Notify",
      States: {
        Notify: {
          Type: "Task",
          Resource: "arn:aws:states:::sns:publish",
          Parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:orders", "Message.$": "States.Format('order {}', $.orderId)" },
          ResultPath: "$.sent",
          End: true,
        },
      },
    };
    const run = await runOnEngine(definition, order, { tasks: [bind(publish, () => ({ MessageId: "m-1" }))] });
    expect(run).toEqual({
      status: "succeeded",
      output: { ...order, sent: { MessageId: "m-1" } },
      calls: [
        {
          resource: "arn:aws:states:::sns:publish",
          input: { TopicArn: "arn:aws:sns:us-east-1:123456789012:orders", Message: "order o-1" },
        },
      ],
      transitions: 1,
      peakPayload: JSON.stringify({ ...order, sent: { MessageId: "m-1" } }).length,
      childExecutions: 0,
      childTransitions: 0,
    });
  });

  it("hands implementations copies: mutating the payload or the result changes nothing in the execution", async () => {
    const definition: AslDefinition = {
      StartAt: "Validate",
      States: {
        Validate: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: VALIDATE_ARN, "Payload.$": "$" },
          ResultSelector: { "check.$": "$.Payload" },
          ResultPath: "$.result",
          End: true,
        },
      },
    };
    const run = await runOnEngine(definition, order, {
      tasks: [
        bind(validateOrder, (received) => {
          (received as { amount: number }).amount = -1;
          return { valid: true };
        }),
      ],
    });
    expect(run).toMatchObject({ output: { ...order, result: { check: { valid: true } } }, calls: [{ input: order }] });
  });

  describe("task failures", () => {
    const guarded = (catchers: unknown[]): AslDefinition => ({
      StartAt: "Charge",
      States: {
        Charge: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: charge.resource, "Payload.$": "$" },
          ResultSelector: { "chargeId.$": "$.Payload.chargeId" },
          ResultPath: "$.payment",
          ...(catchers.length > 0 ? { Catch: catchers } : {}),
          End: true,
        },
        ...(catchers.length > 0 ? { Recovered: { Type: "Pass", End: true } } : {}),
      },
    });

    it("an Error fails the task with the Error's name and the Cause its message", async () => {
      class CardDeclined extends Error {
        override name = "CardDeclined";
      }
      const run = await runOnEngine(guarded([]), order, {
        tasks: [bind(charge, () => Promise.reject(new CardDeclined("insufficient funds")))],
      });
      expect(run).toMatchObject({ status: "failed", error: "CardDeclined", cause: "insufficient funds" });
    });

    it("a WorkflowError fails the task with its error and cause (none when it has none)", async () => {
      const withCause = await runOnEngine(guarded([]), order, {
        tasks: [bind(charge, () => Promise.reject(new WorkflowError("Declined", "card expired")))],
      });
      expect(withCause).toMatchObject({ status: "failed", error: "Declined", cause: "card expired" });
      const withoutCause = await runOnEngine(guarded([]), order, {
        tasks: [bind(charge, () => Promise.reject(new WorkflowError("Declined")))],
      });
      expect(withoutCause).toMatchObject({ status: "failed", error: "Declined", cause: undefined });
    });

    it("a Catcher receives { Error, Cause }; States.TaskFailed matches an implementation's error", async () => {
      const run = await runOnEngine(
        guarded([{ ErrorEquals: ["States.TaskFailed"], ResultPath: "$.failure", Next: "Recovered" }]),
        order,
        { tasks: [bind(charge, () => Promise.reject(new WorkflowError("Declined", "card expired")))] },
      );
      expect(run).toMatchObject({
        status: "succeeded",
        output: { ...order, failure: { Error: "Declined", Cause: "card expired" } },
        transitions: 2,
      });
    });

    it("Retry intervals and Wait durations are overridden to 0 (the run takes milliseconds)", async () => {
      const definition: AslDefinition = {
        StartAt: "Pause",
        States: {
          Pause: { Type: "Wait", Seconds: 3600, Next: "Charge" },
          Charge: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Parameters: { FunctionName: charge.resource, "Payload.$": "$" },
            ResultSelector: { "chargeId.$": "$.Payload.chargeId" },
            Retry: [{ ErrorEquals: ["Flaky"], IntervalSeconds: 60, MaxAttempts: 3, BackoffRate: 2 }],
            End: true,
          },
        },
      };
      let attempts = 0;
      const started = Date.now();
      const run = await runOnEngine(definition, order, {
        tasks: [
          bind(charge, () => {
            attempts += 1;
            if (attempts < 3) throw new WorkflowError("Flaky", `attempt ${attempts}`);
            return { chargeId: "c-1" };
          }),
        ],
      });
      // Without the overrides the run takes over an hour (Wait 3600 s, retries after 60 and 120 s);
      // the bound leaves room for a loaded machine and for the engine's first load in this worker.
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(run).toMatchObject({ status: "succeeded", output: { chargeId: "c-1" }, transitions: 2 });
      expect(run.calls).toHaveLength(3);
    });
  });

  it("counts a nested execution's transitions and payload with the parent's (each is billed)", async () => {
    const child: AslDefinition = {
      StartAt: "Grow",
      States: {
        Grow: { Type: "Pass", Parameters: { "orderId.$": "$.orderId", padding: "x".repeat(200) }, Next: "Shrink" },
        Shrink: { Type: "Pass", Parameters: { "orderId.$": "$.orderId" }, End: true },
      },
    };
    const parent: AslDefinition = {
      StartAt: "Child",
      States: {
        Child: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: "${childArn}", Input: { "orderId.$": "$.orderId" } },
          OutputPath: "$.Output",
          End: true,
        },
      },
    };
    const run = await runOnEngine(parent, order, { workflows: { "${childArn}": child } });
    expect(run).toMatchObject({ status: "succeeded", output: { orderId: "o-1" }, transitions: 1 + 2 });
    expect(run.peakPayload).toBe(JSON.stringify({ orderId: "o-1", padding: "x".repeat(200) }).length);
  });

  it("handles Task states inside Parallel branches and Map iterations, counting every state entered", async () => {
    const chargeTask = {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: charge.resource, "Payload.$": "$" },
      ResultSelector: { "chargeId.$": "$.Payload.chargeId" },
      End: true,
    };
    const definition: AslDefinition = {
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          Branches: [
            { StartAt: "ChargeFirst", States: { ChargeFirst: chargeTask } },
            {
              StartAt: "ChargeEach",
              States: {
                ChargeEach: {
                  Type: "Map",
                  ItemsPath: "$.parts",
                  MaxConcurrency: 2,
                  ItemSelector: { "orderId.$": "$$.Map.Item.Value", "amount.$": "$$.Map.Item.Index" },
                  ItemProcessor: { StartAt: "ChargePart", States: { ChargePart: chargeTask } },
                  End: true,
                },
              },
            },
          ],
          End: true,
        },
      },
    };
    const run = await runOnEngine(
      definition,
      { orderId: "o-1", amount: 30, parts: ["a", "b", "c"] },
      { tasks: [bind(charge, ({ orderId, amount }) => ({ chargeId: `${orderId}:${amount}` }))] },
    );
    expect(run).toMatchObject({
      status: "succeeded",
      output: [{ chargeId: "o-1:30" }, [{ chargeId: "a:0" }, { chargeId: "b:1" }, { chargeId: "c:2" }]],
      transitions: 1 + 1 + 1 + 3,
    });
    expect(run.calls).toHaveLength(4);
  });

  it("exposes a local run's context object by default ($$.Execution, $$.StateMachine), overridable", async () => {
    const definition: AslDefinition = {
      StartAt: "Context",
      States: {
        Context: {
          Type: "Pass",
          Parameters: {
            "name.$": "$$.Execution.Name",
            "start.$": "$$.Execution.StartTime",
            "machine.$": "$$.StateMachine.Name",
            "input.$": "$$.Execution.Input",
          },
          End: true,
        },
      },
    };
    expect(await runOnEngine(definition, { a: 1 })).toMatchObject({
      output: { name: "local", start: "1970-01-01T00:00:00.000Z", machine: "workflow", input: { a: 1 } },
    });
    expect(await runOnEngine(definition, { a: 1 }, { name: "orders", context: { Execution: { Name: "run-7" } } })).toMatchObject({
      output: { name: "run-7", start: "1970-01-01T00:00:00.000Z", machine: "orders" },
    });
  });

  it("evaluates what the compiler emits: $$ in InputPath, intrinsics (nested) in Parameters, `.$` keys inside arrays", async () => {
    const definition: AslDefinition = {
      StartAt: "Build",
      States: {
        Build: {
          Type: "Pass",
          InputPath: "$$.Execution.Input",
          Parameters: {
            "list.$": "States.Array($.orderId, $.amount, 'x')",
            "next.$": "States.MathAdd($.amount, 1)",
            "label.$": "States.Format('{}-{}', $.orderId, States.ArrayLength(States.Array(1, 2)))",
            nested: [{ "id.$": "$.orderId" }, [{ "amount.$": "$.amount" }]],
          },
          End: true,
        },
      },
    };
    expect(await runOnEngine(definition, order)).toMatchObject({
      output: { list: ["o-1", 30, "x"], next: 31, label: "o-1-2", nested: [{ id: "o-1" }, [{ amount: 30 }]] },
    });
  });

  it("fails with States.Runtime when a Choice's Variable is absent (as AWS does; IsPresent is the test for that)", async () => {
    const definition: AslDefinition = {
      StartAt: "C",
      States: {
        C: { Type: "Choice", Choices: [{ Variable: "$.missing", StringEquals: "a", Next: "Done" }], Default: "Done" },
        Done: { Type: "Succeed" },
      },
    };
    expect(await runOnEngine(definition, {})).toMatchObject({ status: "failed", error: "States.Runtime" });
  });

  it("throws (not a task failure) when a Task state has no binding, or the definition is invalid", async () => {
    await expect(runOnEngine(validateThenDecide, order, { tasks: [] })).rejects.toThrow(/no binding for the Task state "ValidateOrder"/);
    await expect(runOnEngine({ StartAt: "Nowhere", States: { A: { Type: "Succeed" } } }, {})).rejects.toThrow(/not valid ASL/);
  });
});

/** The workflow the hand-written `validateThenDecide`-style definition below implements. */
const processOrder = workflow(async (input: Order) => {
  const check = await validateOrder(input);
  if (!check.valid) throw new WorkflowError("InvalidOrder", `order ${input.orderId} is invalid`);
  const payment = await charge({ orderId: input.orderId, amount: input.amount });
  return { orderId: input.orderId, chargeId: payment.chargeId };
});

const processOrderAsl: AslDefinition = {
  StartAt: "ValidateOrder",
  States: {
    ValidateOrder: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: VALIDATE_ARN, "Payload.$": "$" },
      ResultSelector: { "valid.$": "$.Payload.valid" },
      ResultPath: "$.check",
      Retry: [
        {
          ErrorEquals: ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
          IntervalSeconds: 1,
          MaxAttempts: 3,
          BackoffRate: 2,
        },
      ],
      Next: "IsValid",
    },
    IsValid: {
      Type: "Choice",
      Choices: [{ Variable: "$.check.valid", BooleanEquals: false, Next: "InvalidOrder" }],
      Default: "Charge",
    },
    InvalidOrder: { Type: "Fail", Error: "InvalidOrder", CausePath: "States.Format('order {} is invalid', $.orderId)" },
    Charge: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: charge.resource, Payload: { "orderId.$": "$.orderId", "amount.$": "$.amount" } },
      ResultSelector: { "orderId.$": "$$.Execution.Input.orderId", "chargeId.$": "$.Payload.chargeId" },
      End: true,
    },
  },
};

describe("runLocally", () => {
  it("records each task call and returns the output", async () => {
    const run = await runLocally(processOrder, order, {
      tasks: [bind(validateOrder, () => ({ valid: true })), bind(charge, () => ({ chargeId: "c-1" }))],
    });
    expect(run).toEqual({
      status: "succeeded",
      output: { orderId: "o-1", chargeId: "c-1" },
      calls: [
        { resource: VALIDATE_ARN, input: order },
        { resource: charge.resource, input: { orderId: "o-1", amount: 30 } },
      ],
    });
  });

  it("returns a failure's error and cause", async () => {
    const run = await runLocally(processOrder, order, { tasks: [bind(validateOrder, () => ({ valid: false }))] });
    expect(run).toEqual({ status: "failed", error: "InvalidOrder", cause: "order o-1 is invalid", calls: [expect.anything()] });
  });

  it("throws when a task has no binding", async () => {
    await expect(runLocally(processOrder, order, { tasks: [] })).rejects.toThrow(/no local implementation/);
  });
});

describe("expectSameBehaviour", () => {
  const tasks = (valid: boolean) => [bind(validateOrder, () => ({ valid })), bind(charge, ({ orderId }) => ({ chargeId: `ch-${orderId}` }))];

  it("passes when the definition behaves as the workflow, and pins outcomes when asked", async () => {
    const runs = await expectSameBehaviour(processOrder, processOrderAsl, [
      { name: "valid", input: order, tasks: tasks(true), output: { orderId: "o-1", chargeId: "ch-o-1" } },
      { name: "invalid", input: order, tasks: tasks(false), error: "InvalidOrder", cause: "order o-1 is invalid" },
      {
        name: "transient Lambda error, retried",
        input: order,
        // A factory: each run gets its own attempt counter.
        tasks: () => {
          let attempts = 0;
          return [
            bind(validateOrder, () => {
              if (attempts++ === 0) throw new WorkflowError("Lambda.ServiceException", "try again");
              return { valid: true };
            }),
            bind(charge, () => ({ chargeId: "c-2" })),
          ];
        },
      },
    ]);
    expect(runs.map((r) => r.engine.transitions)).toEqual([3, 3, 3]);
  });

  it("gives both runs the same context object", async () => {
    const whoAmI = workflow(async (_input: Record<string, never>, context) => ({
      execution: context.execution.name,
      start: context.execution.startTime,
      machine: context.stateMachine.name,
    }));
    const whoAmIAsl: AslDefinition = {
      StartAt: "WhoAmI",
      States: {
        WhoAmI: {
          Type: "Pass",
          Parameters: { "execution.$": "$$.Execution.Name", "start.$": "$$.Execution.StartTime", "machine.$": "$$.StateMachine.Name" },
          End: true,
        },
      },
    };
    await expectSameBehaviour(whoAmI, whoAmIAsl, [
      { input: {}, output: { execution: "local", start: "1970-01-01T00:00:00.000Z", machine: "workflow" } },
      {
        input: {},
        context: { execution: { name: "run-7", startTime: "2024-05-01T00:00:00.000Z" } },
        output: { execution: "run-7", start: "2024-05-01T00:00:00.000Z", machine: "workflow" },
      },
    ]);
  });

  it("fails, naming the case, when the outputs differ", async () => {
    const wrong = structuredClone(processOrderAsl);
    delete wrong.States.Charge.ResultSelector;
    await expect(expectSameBehaviour(processOrder, wrong, { name: "valid", input: order, tasks: tasks(true) })).rejects.toThrow(
      /case "valid"/,
    );
  });

  it("fails when a task receives a different input", async () => {
    const wrong = structuredClone(processOrderAsl);
    wrong.States.Charge.Parameters = { FunctionName: charge.resource, "Payload.$": "$" };
    await expect(expectSameBehaviour(processOrder, wrong, [{ input: order, tasks: tasks(true) }])).rejects.toThrow(/case "#0 /);
  });

  it("fails when the failure differs (a cause that is missing)", async () => {
    const wrong = structuredClone(processOrderAsl);
    delete wrong.States.InvalidOrder.CausePath;
    await expect(expectSameBehaviour(processOrder, wrong, [{ input: order, tasks: tasks(false) }])).rejects.toThrow();
  });

  it("compares calls as a multiset in the unordered variant", async () => {
    // The workflow starts the charges last to first, the Map first to last: same calls, another order.
    const chargeAll = workflow(async (ids: string[]) => {
      await Promise.all([...ids].reverse().map((orderId) => charge({ orderId, amount: 1 })));
      return { done: true };
    });
    const chargeAllAsl: AslDefinition = {
      StartAt: "ChargeAll",
      States: {
        ChargeAll: {
          Type: "Map",
          ItemSelector: { "orderId.$": "$$.Map.Item.Value", amount: 1 },
          ItemProcessor: {
            StartAt: "Charge",
            States: {
              Charge: {
                Type: "Task",
                Resource: "arn:aws:states:::lambda:invoke",
                Parameters: { FunctionName: charge.resource, "Payload.$": "$" },
                ResultSelector: { "chargeId.$": "$.Payload.chargeId" },
                End: true,
              },
            },
          },
          ResultPath: null,
          Next: "Done",
        },
        Done: { Type: "Pass", Result: { done: true }, End: true },
      },
    };
    const cases = [{ input: ["a", "b", "c"], tasks: [bind(charge, ({ orderId }) => ({ chargeId: `ch-${orderId}` }))] }];
    await expect(expectSameBehaviour(chargeAll, chargeAllAsl, cases)).rejects.toThrow(/differs/);
    await expectSameBehaviourUnordered(chargeAll, chargeAllAsl, cases);
  });
});
