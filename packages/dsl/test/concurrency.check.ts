/**
 * Type tests of parallel and map, checked by `tsc --noEmit`: the tuple of branch results and the
 * array of iteration results are typed from the branches and the callback.
 */
import { lambda, map, parallel, workflow } from "@stepscript/dsl";

interface Order { orderId: string; amount: number; lines: { sku: string }[] }
const charge = lambda<Order, { chargeId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");
const price = lambda<{ sku: string }, { amount: number }>("arn:aws:lambda:us-east-1:123456789012:function:Price");

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value?: T): T | undefined => value;

export const typed = workflow(async (order: Order) => {
  const [payment, total] = await parallel(
    () => charge(order),
    async () => {
      const p = await price({ sku: "x" });
      return p.amount * 1;
    },
  );
  assertType<Equal<typeof payment, { chargeId: string }>>();
  assertType<Equal<typeof total, number>>();
  const [retried] = await parallel({ retry: { maxAttempts: 2 } }, () => charge(order));
  assertType<Equal<typeof retried, { chargeId: string }>>();

  const prices = await map(order.lines, (line, index) => price({ sku: `${line.sku}-${index}` }), { maxConcurrency: 2 });
  assertType<Equal<typeof prices, { amount: number }[]>>();
  const all = await Promise.all([charge(order), price({ sku: "y" })]);
  assertType<Equal<typeof all, [{ chargeId: string }, { amount: number }]>>();

  // @ts-expect-error a branch is a function, not a promise
  await parallel(charge(order));
  // @ts-expect-error maxConcurrency is a number
  await map(order.lines, (line) => price(line), { maxConcurrency: "2" });
  // @ts-expect-error the callback's item is typed from the items
  await map(order.lines, (line: { id: number }) => price({ sku: String(line.id) }));
  return { payment, total, prices };
});
