/**
 * The audit log's cryptography behind one interface: the hash that links entries and the signature
 * on checkpoints. Today SHA-256 and Ed25519 (node:crypto); SM3/SM2 (密评) slot in as another
 * implementation without touching the chain or the verifier.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export interface AuditCrypto {
  /** Names stored beside every checkpoint, so that a verifier knows what it checks. */
  readonly hashAlgorithm: string;
  readonly signatureAlgorithm: string;
  /** A short, stable id of the signing key (hash of its public key). */
  readonly keyId: string;
  /** The hex digest of the parts, joined unambiguously. */
  hash(parts: readonly string[]): string;
  /** A base64 signature of the payload. */
  sign(payload: string): string;
  /** True when `signature` is this key's signature of `payload`. */
  verify(payload: string, signature: string): boolean;
}

/** SHA-256 over `parts` joined by newlines (the chain's historical link format). */
export function sha256Parts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\n');
    hash.update(part);
  });
  return hash.digest('hex');
}

/** SHA-256 + Ed25519 from a PEM private key (PKCS#8). */
export function ed25519AuditCrypto(privateKeyPem: string): AuditCrypto {
  const privateKey: KeyObject = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit signing key must be an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  const publicDer = publicKey.export({ format: 'der', type: 'spki' });
  const keyId = createHash('sha256').update(publicDer).digest('hex').slice(0, 16);
  return {
    hashAlgorithm: 'sha256',
    signatureAlgorithm: 'ed25519',
    keyId,
    hash: sha256Parts,
    sign: (payload) => sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64'),
    verify: (payload, signature) => {
      try {
        return verify(null, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}
