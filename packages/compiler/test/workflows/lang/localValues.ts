import { workflow } from "@stepscript/dsl";
import { fetchOrder, processData } from "./tasks.js";

const QUICK_TIMEOUT = 30;

/** Reads of local object variables: a literal object, one built from reads, a spread, a computed item. */
export const localObjects = workflow(async (input: { id: string; extra: { label: string; tag: string } }) => {
  const data = { status: "started", items: ["a", "b"] };
  const first = await processData({ items: data.items });
  const order = await fetchOrder({ id: input.id });
  const view = { id: order.id, items: order.items, label: `order-${order.id}` };
  const second = await processData({ items: view.items, label: view.label });
  const merged = { ...input.extra, tag: "fixed" };
  const third = await processData({ items: [data.items[1], merged.tag], label: merged.label });
  return { status: data.status, counts: [first.count, second.count, third.count], id: view.id, tag: merged.tag };
});

/** Options from constants: module-level and body-local consts of literals, objects and arrays. */
export const constantOptions = workflow(async (input: { id: string }) => {
  const quick = { errors: ["Throttled"], maxAttempts: 3, intervalSeconds: 1 };
  const policies = [quick, { errors: ["States.Timeout"], maxAttempts: 1 }];
  const order = await fetchOrder({ id: input.id }, { retry: policies, timeoutSeconds: QUICK_TIMEOUT });
  const limits = { seconds: 10 };
  const done = await processData({ items: order.items }, { retry: quick, timeoutSeconds: limits.seconds });
  return { count: done.count };
});
