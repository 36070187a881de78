// Local implementations of the order workflow's tasks, for `stepscript run` and the tests: each is
// typed by the task it implements, so a payload mismatch is a type error here too.
import type { TaskHandler } from "@stepscript/dsl";
import type { charge, notify, validateOrder } from "./workflow.js";

const validate: TaskHandler<typeof validateOrder> = (order) =>
  order.orderId.trim() === "" ? { valid: false, reason: "no order id" } : { valid: true };

const settle: TaskHandler<typeof charge> = ({ orderId, amount }) => ({
  chargeId: `ch-${orderId}`,
  status: amount > 500 ? "pending" : "settled",
});

const thank: TaskHandler<typeof notify> = () => null;

export default { validateOrder: validate, charge: settle, notify: thank };
