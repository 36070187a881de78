/** A Wait state's duration: seconds, or an ISO-8601 timestamp to wait until. */
export type WaitSpec = { seconds: number } | { until: string };

/**
 * Pauses the execution. Locally it does not sleep: a local run is about meaning, not time.
 * @stepscript wait
 */
export async function wait(spec: WaitSpec, options: { name?: string; comment?: string } = {}): Promise<void> {
  void spec;
  void options;
}
