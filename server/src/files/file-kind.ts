/** What a file is, from its first bytes (never from its name or the client's content type). */
import type { FileKind } from '@yilian/shared';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The kind of the content by its magic bytes, or null for anything we do not accept. */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'ofd'; // OFD (GB/T 33190) is a ZIP container
  return null;
}

/** The Content-Type a stored kind is served with. */
export const CONTENT_TYPES: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png', ofd: 'application/ofd',
};
