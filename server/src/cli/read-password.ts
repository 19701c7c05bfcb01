import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Reads one password line: from a terminal with a prompt and without echo (raw mode, so nothing typed
 * is shown); from a pipe (scripts, tests) as its first line. Resolves '' at end of input.
 */
export async function readPassword(input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }, output: Writable, prompt: string): Promise<string> {
  if (!input.isTTY || !input.setRawMode) {
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: Buffer | string): void => {
        for (const ch of String(chunk)) {
          if (ch === '\r' || ch === '\n' || ch === '\u0004') {
            input.off('data', onData);
            resolve(typed);
            return;
          }
          if (ch === '\u0003') {
            input.off('data', onData);
            reject(new Error('cancelled'));
            return;
          }
          typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    output.write('\n');
  }
}
