import type { Readable, Writable } from 'node:stream';
import type { Database } from '../db/database';
import { AdminCreateError, createAdmin } from './admin-create';
import { readPassword } from './read-password';

export const ADMIN_USAGE = '  admin create --tenant ID --username NAME   create an administrator (password from the terminal, or stdin\'s first line)';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
}

/** The value after `--name` in args, if any. */
const option = (args: readonly string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** `pnpm yilian admin create --tenant 370800 --username NAME`: returns the exit code. */
export async function runAdminCommand(deps: { db: Database; now: Date; scryptCost: number }, args: readonly string[], io: CliIo): Promise<number> {
  const tenant = option(args, '--tenant');
  const username = option(args, '--username');
  if (args[0] !== 'create' || !tenant || !username) {
    io.stderr.write(`Usage:\n${ADMIN_USAGE}\n`);
    return 2;
  }
  const password = await readPassword(io.stdin, io.stderr, '密码 Password: ');
  try {
    const id = await createAdmin(deps.db, { tenant, username, password }, deps.now, deps.scryptCost);
    io.stdout.write(`已创建管理员 Created administrator ${username} (${id}) in tenant ${tenant}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof AdminCreateError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 1;
  }
}
