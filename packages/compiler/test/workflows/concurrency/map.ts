import { lambda, map, workflow, WorkflowError } from "@stepscript/dsl";

export interface Line {
  sku: string;
  qty: number;
}
export interface Cart {
  cartId: string;
  currency: string;
  lines: Line[];
}

export const price = lambda<Line, { sku: string; amount: number }>("arn:aws:lambda:us-east-1:123456789012:function:Price");
export const convert = lambda<{ amount: number; currency: string; position: number; cart: string }, number>(
  "arn:aws:lambda:us-east-1:123456789012:function:Convert",
);
export const discount = lambda<{ cartId: string }, { percent: number; label: string }>("arn:aws:lambda:us-east-1:123456789012:function:Discount");

/** A plain arrow returning a task call, over the input's array. */
export const priceAll = workflow(async (cart: Cart) => {
  const prices = await map(cart.lines, (line) => price(line), { maxConcurrency: 2 });
  return { cartId: cart.cartId, prices };
});

/** Index, outer variables and input fields read inside; ifs and throws in the iteration. */
export const withIndexAndOuter = workflow(async (cart: Cart) => {
  const promo = await discount({ cartId: cart.cartId });
  const unused = await discount({ cartId: "other" });
  const converted = await map(cart.lines, async (line, index) => {
    if (line.qty === 0) {
      throw new WorkflowError("EmptyLine", `line ${line.sku} has no quantity`);
    }
    const p = await price(line);
    if (p.amount > 100) {
      return { sku: line.sku, label: promo.label, value: -1 };
    }
    const value = await convert({ amount: p.amount, currency: cart.currency, position: index, cart: cart.cartId });
    return { sku: line.sku, label: promo.label, value };
  });
  return { converted, unused: unused.label };
});

/** Promise.all over items.map: a Map with no limit. */
export const promiseAllMap = workflow(async (cart: Cart) => {
  const amounts = await Promise.all(cart.lines.map(async (line) => {
    const p = await price(line);
    return p.amount;
  }));
  return amounts;
});
