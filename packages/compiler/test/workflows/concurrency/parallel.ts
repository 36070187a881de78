import { lambda, parallel, task, workflow, WorkflowError } from "@stepscript/dsl";

export interface Order {
  orderId: string;
  amount: number;
  express?: boolean;
}

export const reserve = lambda<{ orderId: string }, { reservationId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Reserve");
export const quote = lambda<{ amount: number }, { fee: number; currency: string }>("arn:aws:lambda:us-east-1:123456789012:function:Quote");
export const audit = task<{ orderId: string; note: string }, { logged: boolean }>("arn:aws:states:::sqs:sendMessage");
export const score = lambda<{ orderId: string }, number>("arn:aws:lambda:us-east-1:123456789012:function:Score");

/** Single-call branches and a multi-statement branch, destructured. */
export const singleAndMulti = workflow(async (order: Order) => {
  const [reservation, total] = await parallel(
    () => reserve({ orderId: order.orderId }),
    async () => {
      const q = await quote({ amount: order.amount });
      const logged = await audit({ orderId: order.orderId, note: `fee ${q.fee}` });
      return { fee: q.fee, logged: logged.logged };
    },
  );
  return { reservationId: reservation.reservationId, fee: total.fee, logged: total.logged };
});

/** Branches after variables exist read them at the same paths; ifs and early returns inside branches. */
export const branchesWithIfs = workflow(async (order: Order) => {
  const risk = await score({ orderId: order.orderId });
  const results = await parallel(
    async () => {
      if (risk > 50) {
        return "review";
      }
      const r = await reserve({ orderId: order.orderId });
      return r.reservationId;
    },
    async () => {
      if (order.express === true) {
        throw new WorkflowError("ExpressUnavailable", "no express today");
      }
      return risk;
    },
  );
  return { results, risk };
});

/** Promise.all over task calls, with retry on a parallel and the results unused. */
export const promiseAllTasks = workflow(async (order: Order) => {
  const [r, q] = await Promise.all([reserve({ orderId: order.orderId }), quote({ amount: order.amount })]);
  await parallel({ retry: { errors: ["Flaky"], maxAttempts: 2, intervalSeconds: 1 } }, () => audit({ orderId: order.orderId, note: r.reservationId }));
  return { id: r.reservationId, fee: q.fee };
});

/** A branch that returns nothing yields null. */
export const voidBranch = workflow(async (order: Order) => {
  const both = await parallel(
    async () => {
      await audit({ orderId: order.orderId, note: "a" });
    },
    () => score({ orderId: order.orderId }),
  );
  return both;
});
