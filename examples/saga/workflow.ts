import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Trip {
  tripId: string;
  from: string;
  to: string;
  nights: number;
}
export interface Booking {
  bookingId: string;
}

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const FUNCTION = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:`;

export const bookFlight = lambda<{ tripId: string; from: string; to: string }, Booking>(`${FUNCTION}BookFlight`, { retry: [] });
export const bookHotel = lambda<{ tripId: string; city: string; nights: number }, Booking>(`${FUNCTION}BookHotel`, { retry: [] });
export const bookCar = lambda<{ tripId: string; city: string }, Booking>(`${FUNCTION}BookCar`, { retry: [] });
export const cancelBooking = lambda<{ kind: "flight" | "hotel"; bookingId: string; reason: string }, null>(`${FUNCTION}CancelBooking`, { retry: [] });
export const notifyTraveller = lambda<{ tripId: string; message: string; detail?: string }, null>(`${FUNCTION}NotifyTraveller`, { retry: [] });

/** Cancelling must not give up on a transient error: compensation is what keeps the books right. */
const CANCEL_RETRY = { errors: ["States.TaskFailed"], maxAttempts: 3, intervalSeconds: 1, backoffRate: 2 };

/** Undoes one booking; a helper, inlined wherever a step is compensated. */
async function compensate(kind: "flight" | "hotel", bookingId: string, reason: string) {
  await cancelBooking({ kind, bookingId, reason }, { retry: CANCEL_RETRY });
}

/** Tells the traveller the trip was not booked, then fails the execution with the original error. */
async function giveUp(trip: Trip, error: string, cause: string | undefined): Promise<never> {
  await notifyTraveller({ tripId: trip.tripId, message: `trip ${trip.tripId} was not booked: ${error}`, detail: cause });
  throw new WorkflowError("TripNotBooked", error);
}

/**
 * A saga: book the flight, the hotel and the car; when a later step fails, the earlier ones are
 * cancelled in reverse order. A car that is sold out is no reason to cancel the trip.
 */
export const bookTrip = workflow({ comment: "Book a trip; compensate the bookings made when a step fails" }, async (trip: Trip) => {
  const flight = await bookFlight({ tripId: trip.tripId, from: trip.from, to: trip.to });
  let hotel: Booking;
  try {
    hotel = await bookHotel({ tripId: trip.tripId, city: trip.to, nights: trip.nights });
  } catch (e) {
    if (!(e instanceof WorkflowError)) throw e;
    await compensate("flight", flight.bookingId, e.error);
    return await giveUp(trip, e.error, e.cause);
  }
  try {
    const car = await bookCar({ tripId: trip.tripId, city: trip.to });
    return { tripId: trip.tripId, flight: flight.bookingId, hotel: hotel.bookingId, car: car.bookingId };
  } catch (e) {
    if (e instanceof WorkflowError && e.error === "CarsSoldOut") {
      await notifyTraveller({ tripId: trip.tripId, message: "no car available", detail: e.cause });
      return { tripId: trip.tripId, flight: flight.bookingId, hotel: hotel.bookingId, car: "none" };
    }
    if (!(e instanceof WorkflowError)) throw e;
    await compensate("hotel", hotel.bookingId, e.error);
    await compensate("flight", flight.bookingId, e.error);
    return await giveUp(trip, e.error, e.cause);
  }
});
