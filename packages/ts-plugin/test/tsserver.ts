// A tsserver process driven through its JSON protocol, as an editor drives it.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

/** A tsserver speaking its JSON protocol: requests on stdin, Content-Length framed messages on stdout. */
export function startTsserver(tsserverPath: string, cwd: string) {
  const server: ChildProcessWithoutNullStreams = spawn(process.execPath, [tsserverPath, "--disableAutomaticTypingAcquisition"], { cwd });
  let buffer = "";
  let seq = 0;
  const waiting = new Map<number, (body: unknown) => void>();
  server.stdout.setEncoding("utf8");
  server.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    for (;;) {
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (!header) return;
      const start = header.index + header[0].length;
      const length = Number(header[1]);
      if (Buffer.byteLength(buffer.slice(start)) < length) return;
      const bytes = Buffer.from(buffer.slice(start));
      const message = JSON.parse(bytes.subarray(0, length).toString("utf8")) as { type: string; request_seq?: number; body?: unknown; success?: boolean; message?: string };
      buffer = bytes.subarray(length).toString("utf8");
      if (message.type === "response" && message.request_seq !== undefined) {
        waiting.get(message.request_seq)?.(message.success === false ? { error: message.message } : message.body);
        waiting.delete(message.request_seq);
      }
    }
  });
  const request = (command: string, args: unknown): Promise<any> => {
    const id = ++seq;
    server.stdin.write(`${JSON.stringify({ seq: id, type: "request", command, arguments: args })}\n`);
    return new Promise((done) => waiting.set(id, done));
  };
  const notify = (command: string, args: unknown) => {
    server.stdin.write(`${JSON.stringify({ seq: ++seq, type: "request", command, arguments: args })}\n`);
  };
  return { request, notify, stop: () => server.kill() };
}

