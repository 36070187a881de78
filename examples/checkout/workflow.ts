import { isError, lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Cart {
  orderId: string;
  customerId: string;
  amount: number;
  items: { sku: string; qty: number }[];
}

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const FUNCTIONS = `arn:aws:lambda:${REGION}:${ACCOUNT}:function`;

export const reserveInventory = lambda<{ orderId: string; items: Cart["items"] }, { reservationId: string }>(`${FUNCTIONS}:ReserveInventory`);
export const chargeCard = lambda<{ orderId: string; customerId: string; amount: number }, { chargeId: string }>(`${FUNCTIONS}:ChargeCard`, {
  retry: { errors: ["Payments.Busy"], maxAttempts: 2, intervalSeconds: 1, backoffRate: 2 },
});
export const confirmOrder = lambda<{ orderId: string; chargeId: string; reservationId: string }, { confirmationId: string }>(`${FUNCTIONS}:ConfirmOrder`);
export const refund = lambda<{ chargeId: string; amount: number }, null>(`${FUNCTIONS}:Refund`);
export const releaseInventory = lambda<{ reservationId: string }, null>(`${FUNCTIONS}:ReleaseInventory`);
export const unlockCart = lambda<{ orderId: string }, null>(`${FUNCTIONS}:UnlockCart`);

/**
 * Reserve, charge, confirm. On any failure, undo what was done (refund the charge, release the
 * reservation) and fail with the original error (a declined card with a clearer one); the cart is
 * unlocked whatever happens.
 */
export const checkout = workflow(async (cart: Cart) => {
  let reservationId = "";
  let chargeId = "";
  try {
    const reservation = await reserveInventory({ orderId: cart.orderId, items: cart.items });
    reservationId = reservation.reservationId;
    const payment = await chargeCard({ orderId: cart.orderId, customerId: cart.customerId, amount: cart.amount });
    chargeId = payment.chargeId;
    const confirmation = await confirmOrder({ orderId: cart.orderId, chargeId: chargeId, reservationId: reservationId });
    return { orderId: cart.orderId, confirmationId: confirmation.confirmationId };
  } catch (e) {
    if (chargeId !== "") await refund({ chargeId: chargeId, amount: cart.amount });
    if (reservationId !== "") await releaseInventory({ reservationId: reservationId });
    if (isError(e, "Payments.CardDeclined")) {
      throw new WorkflowError("CheckoutDeclined", `the card was declined for order ${cart.orderId}`);
    }
    throw e;
  } finally {
    await unlockCart({ orderId: cart.orderId });
  }
});
