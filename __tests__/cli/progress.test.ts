import { Writable } from 'node:stream';
import { createProgress } from '../../src/cli/progress.js';

function stream(isTTY: boolean): { out: Writable & { isTTY?: boolean; columns?: number }; text: () => string } {
  let text = '';
  const out = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        text += chunk.toString();
        callback();
      },
    }),
    { isTTY, columns: 100 },
  );
  return { out, text: () => text };
}

function drive(options: Parameters<typeof createProgress>[0]): void {
  const progress = createProgress(options);
  progress.stage('reading', 3);
  progress.update(3);
  progress.stage('clustering', 1);
  progress.update(1);
  progress.stop();
}

describe('createProgress', () => {
  test('draws a bar per stage on a terminal, and clears it at the end', () => {
    const s = stream(true);
    drive({ stream: s.out });
    expect(s.text()).toContain('reading');
    expect(s.text()).toContain('clustering');
    expect(s.text()).toMatch(/\u001b\[2K$/u);
  });

  test.each([
    ['standard error is not a terminal', { tty: false, quiet: false }],
    ['--quiet', { tty: true, quiet: true }],
  ])('draws nothing when %s', (_name, { tty, quiet }) => {
    const s = stream(tty);
    drive({ stream: s.out, quiet });
    expect(s.text()).toBe('');
  });
});
