/** Runs the command line in-process (same code as the binary, no process start-up), capturing output. */
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function runInProcess(args: readonly string[], stdin = ''): Promise<InProcessResult> {
  const out = sink();
  const err = sink();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream, version: '9.9.9', readStdin: async () => Buffer.from(stdin) });
  return { code, stdout: out.text(), stderr: err.text() };
}
