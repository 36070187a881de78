// Preloaded (`node --require`) into the processes the bench measures: on exit, writes the
// process's peak resident set size in KiB to the file named by BENCH_MAXRSS_FILE.
const { writeFileSync } = require("node:fs");

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
