/**
 * The audit signing key: a PEM file outside the database, created on a node's first start with
 * mode 0600 — unless checkpoints already exist, because then the key was provisioned before and a
 * second key would make every earlier checkpoint unverifiable (several nodes share one key).
 */
import { generateKeyPairSync } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class SigningKeyError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

export interface LoadSigningKeyOptions {
  /** False when the database already holds checkpoints: a missing key is then an error, never a new key. */
  mayCreate: boolean;
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** Reads the PEM private key at `path`, creating it (exclusively, 0600) when allowed and missing. */
export function loadSigningKey(path: string, options: LoadSigningKeyOptions): { pem: string; created: boolean } {
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new SigningKeyError(path, `audit signing key ${path} is readable by others (mode ${mode.toString(8)}); chmod 600 it`);
    }
    return { pem: readFileSync(path, 'utf8'), created: false };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  if (!options.mayCreate) {
    throw new SigningKeyError(
      path,
      `audit signing key ${path} is missing but the database holds signed checkpoints: provision the key the other nodes use (YILIAN_AUDIT_KEY)`,
    );
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600); // another process starting at once: exactly one creates it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { pem: readFileSync(path, 'utf8'), created: false };
    throw error;
  }
  try {
    writeSync(fd, pem);
  } finally {
    closeSync(fd);
  }
  return { pem, created: true };
}
