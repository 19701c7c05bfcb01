/** Structured JSON-lines logger (stdout); silent in tests unless YILIAN_LOG is set. */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Creates a logger writing one JSON object per line. */
export function createLogger(opts: { silent?: boolean; now?: () => Date } = {}): Logger {
  const now = opts.now ?? (() => new Date());
  const write = (level: string, msg: string, fields?: Record<string, unknown>): void => {
    if (opts.silent && level !== 'error') return;
    const line = JSON.stringify({ t: now().toISOString(), level, msg, ...fields });
    (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
  };
  return { info: (m, f) => write('info', m, f), error: (m, f) => write('error', m, f) };
}
