// Local implementations of the tasks of the parent and its children, for `stepscript run`.
import type { TaskHandler } from "@stepscript/dsl";
import type { bookCarrier, quoteCarrier, reserveStock } from "./children.js";
import type { notifyCustomer } from "./workflow.js";

const quote: TaskHandler<typeof quoteCarrier> = ({ weightKg }) => ({ carrier: weightKg > 20 ? "freight" : "parcel", price: weightKg * 2 });
const book: TaskHandler<typeof bookCarrier> = ({ orderId, carrier }) => ({ trackingId: `${carrier}-${orderId}` });
const reserve: TaskHandler<typeof reserveStock> = ({ orderId }) => ({ reserved: !orderId.startsWith("x") });
const notify: TaskHandler<typeof notifyCustomer> = () => null;

export default { quoteCarrier: quote, bookCarrier: book, reserveStock: reserve, notifyCustomer: notify };
