/** The scenarios of examples/saga, run by its test, by bench/references.test.ts and by the bench. */
import { bind, WorkflowError } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { bookCar, bookFlight, bookHotel, bookTrip, cancelBooking, notifyTraveller, type Trip } from "../../examples/saga/workflow.js";

const trip: Trip = { tripId: "t-1", from: "LIS", to: "OSL", nights: 3 };
const flight = bind(bookFlight, ({ tripId }) => ({ bookingId: `F-${tripId}` }));
const hotel = bind(bookHotel, ({ nights }) => ({ bookingId: `H-${nights}` }));
const car = bind(bookCar, ({ city }) => ({ bookingId: `C-${city}` }));
const cancelled = bind(cancelBooking, () => null);
const notified = bind(notifyTraveller, () => null);
const failing = <I, O>(task: Parameters<typeof bind<I, O>>[0], error: string, cause?: string) =>
  bind(task, () => {
    throw new WorkflowError(error, cause);
  });

export const saga: ExampleScenarios<Trip> = {
  machine: "bookTrip",
  workflow: bookTrip,
  cases: [
    { name: "everything booked", input: trip, tasks: [flight, hotel, car, cancelled, notified], output: { tripId: "t-1", flight: "F-t-1", hotel: "H-3", car: "C-OSL" } },
    {
      name: "cars sold out: the trip stands without a car",
      input: trip,
      tasks: [flight, hotel, failing(bookCar, "CarsSoldOut", "none left in OSL"), cancelled, notified],
      output: { tripId: "t-1", flight: "F-t-1", hotel: "H-3", car: "none" },
    },
    {
      name: "cars sold out without a cause",
      input: { ...trip, nights: 0 },
      tasks: [flight, hotel, failing(bookCar, "CarsSoldOut"), cancelled, notified],
      output: { tripId: "t-1", flight: "F-t-1", hotel: "H-0", car: "none" },
    },
    {
      name: "the car fails otherwise: hotel then flight are cancelled",
      input: trip,
      tasks: [flight, hotel, failing(bookCar, "States.Timeout", "car service slow"), cancelled, notified],
      error: "TripNotBooked",
      cause: "States.Timeout",
    },
    {
      name: "the hotel fails: the flight is cancelled",
      input: trip,
      tasks: [flight, failing(bookHotel, "NoRooms", ""), car, cancelled, notified],
      error: "TripNotBooked",
      cause: "NoRooms",
    },
    {
      name: "cancelling retries a task failure",
      input: trip,
      tasks: () => {
        let attempts = 0;
        return [
          flight,
          failing(bookHotel, "NoRooms"),
          car,
          notified,
          bind(cancelBooking, () => {
            attempts += 1;
            if (attempts < 3) throw new WorkflowError("States.TaskFailed", "cancel api down");
            return null;
          }),
        ];
      },
      error: "TripNotBooked",
      cause: "NoRooms",
    },
    { name: "the flight fails: nothing to compensate", input: trip, tasks: [failing(bookFlight, "NoSeats", "full"), hotel, car, cancelled, notified], error: "NoSeats", cause: "full" },
  ],
};
