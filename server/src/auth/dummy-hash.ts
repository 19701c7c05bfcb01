import { randomBytes } from 'node:crypto';
import { hashPassword } from './password';

const byCost = new Map<number, Promise<string>>();

/**
 * A hash of a random password at the configured cost, made once per process: unknown and disabled
 * usernames are verified against it, so they take as long as a wrong password for a real account.
 */
export function dummyHash(cost: number): Promise<string> {
  let hash = byCost.get(cost);
  if (!hash) {
    hash = hashPassword(randomBytes(18).toString('base64'), cost);
    byCost.set(cost, hash);
  }
  return hash;
}
