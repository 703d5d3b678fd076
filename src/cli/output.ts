import { writeFile } from 'node:fs/promises';
import { failure } from './errors.js';

/** Writes the output to `--out FILE`, or to standard output (a closed pipe, as with `| head`, is not an error). */
export async function writeOutput(text: string, out: string | undefined, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (out !== undefined && out !== '-') {
    await writeFile(out, text, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw failure(`${out}: cannot write (${error.code ?? error.message})`);
    });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    stdout.write(text, (error) => {
      if (error === null || error === undefined || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(error);
    });
  });
}
