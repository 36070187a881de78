// Internal helpers; not re-exported from index.ts.

/** Keys ASL does not allow here: setting one is a type error even when another union member has it. */
export type Forbid<K extends PropertyKey> = { [P in K]?: never };

/** Exactly one of T's fields, e.g. a Wait's `Seconds` | `SecondsPath` | `Timestamp` | `TimestampPath`. */
export type ExactlyOne<T> = {
  [K in keyof T]-?: { [P in K]-?: T[P] } & Forbid<Exclude<keyof T, K>>;
}[keyof T];

/** At most one of T's fields, e.g. a Task's `TimeoutSeconds` | `TimeoutSecondsPath`. */
export type AtMostOne<T> = ExactlyOne<T> | Forbid<keyof T>;
