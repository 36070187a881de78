/** A JSON value: everything that crosses a state boundary. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Values are copied between states, as Step Functions serializes them: `undefined` properties
 * vanish and nothing is shared between the caller and the callee.
 */
export function copyJson<T>(value: T): T {
  if (value === undefined) return null as T;
  return JSON.parse(JSON.stringify(value)) as T;
}
