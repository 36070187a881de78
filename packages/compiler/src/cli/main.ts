import { run } from "./program.js";

// The `stepscript` executable (bundled to dist/cli.js). Everything else lives in program.ts so
// that tests can run the command in-process.
const status = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stopSignal: () => {
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort());
    process.once("SIGTERM", () => stop.abort());
    return stop.signal;
  },
});
// Not process.exit(): it could cut off output still being flushed to a pipe.
process.exitCode = status;
