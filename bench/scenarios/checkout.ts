/** The scenarios of examples/checkout, run by its test, by bench/references.test.ts and by the bench. */
import { bind, WorkflowError } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { chargeCard, checkout, confirmOrder, refund, releaseInventory, reserveInventory, unlockCart, type Cart } from "../../examples/checkout/workflow.js";

const cart = (overrides: Partial<Cart> = {}): Cart => ({
  orderId: "o-1",
  customerId: "c-1",
  amount: 40,
  items: [{ sku: "tea", qty: 2 }],
  ...overrides,
});

const fails = (error: string, cause?: string) => () => {
  throw new WorkflowError(error, cause);
};
const reserved = bind(reserveInventory, ({ orderId }) => ({ reservationId: `r-${orderId}` }));
const charged = bind(chargeCard, ({ orderId }) => ({ chargeId: `ch-${orderId}` }));
const confirmed = bind(confirmOrder, ({ chargeId }) => ({ confirmationId: `conf-${chargeId}` }));
const refunded = bind(refund, () => null);
const released = bind(releaseInventory, () => null);
const unlocked = bind(unlockCart, () => null);
const all = [reserved, charged, confirmed, refunded, released, unlocked];
const replacing = (...bindings: ReturnType<typeof bind>[]) => [
  ...all.filter((b) => !bindings.some((r) => r.task === b.task)),
  ...bindings,
];

export const checkoutScenarios: ExampleScenarios<Cart> = {
  machine: "checkout",
  workflow: checkout,
  cases: [
    { name: "success", input: cart(), tasks: all, output: { orderId: "o-1", confirmationId: "conf-ch-o-1" } },
    { name: "out of stock: nothing to undo", input: cart(), tasks: replacing(bind(reserveInventory, fails("OutOfStock", "tea"))), error: "OutOfStock", cause: "tea" },
    { name: "card declined: release, clearer error", input: cart({ orderId: "o-9" }), tasks: replacing(bind(chargeCard, fails("Payments.CardDeclined", "insufficient funds"))), error: "CheckoutDeclined", cause: "the card was declined for order o-9" },
    { name: "payments busy twice, then charged", input: cart(), tasks: () => {
      let attempts = 0;
      return replacing(bind(chargeCard, ({ orderId }) => {
        attempts += 1;
        if (attempts <= 2) throw new WorkflowError("Payments.Busy", "try later");
        return { chargeId: `late-${orderId}` };
      }));
    }, output: { orderId: "o-1", confirmationId: "conf-late-o-1" } },
    { name: "payments busy three times: release and rethrow", input: cart(), tasks: replacing(bind(chargeCard, fails("Payments.Busy", "try later"))), error: "Payments.Busy", cause: "try later" },
    { name: "confirmation fails: refund, release, rethrow", input: cart(), tasks: replacing(bind(confirmOrder, fails("ConfirmFailed"))), error: "ConfirmFailed", cause: undefined },
    { name: "the refund fails: its error, the cart still unlocked", input: cart(), tasks: replacing(bind(confirmOrder, fails("ConfirmFailed", "x")), bind(refund, fails("RefundFailed", "bank down"))), error: "RefundFailed", cause: "bank down" },
    { name: "unlocking fails after success", input: cart(), tasks: replacing(bind(unlockCart, fails("LockLost", "gone"))), error: "LockLost", cause: "gone" },
    { name: "unlocking fails after a failure: its error wins", input: cart(), tasks: replacing(bind(reserveInventory, fails("OutOfStock")), bind(unlockCart, fails("LockLost"))), error: "LockLost" },
    { name: "an Error from an implementation", input: cart(), tasks: replacing(bind(chargeCard, () => { throw new RangeError("amount too large"); })), error: "RangeError", cause: "amount too large" },
  ],
};
