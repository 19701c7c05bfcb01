/** Decoding an uploaded BPMN file by the encoding it declares (most MIWG files declare ISO-8859-1). */

/** The largest BPMN file we accept, in bytes (the route answers 413 above it). */
export const MAX_BPMN_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; xml: string; encoding: string }
  | { ok: false; reason: 'unsupported_encoding' | 'malformed_xml'; message: string };

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

/** The platform's TextDecoder (browsers and Node both have it; the pure core names no DOM globals). */
function textDecoder(label: string): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Decoder(label, { fatal: true });
}

/** The encoding named by a byte-order mark or the XML declaration; UTF-8 when neither says. */
export function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]!);
  const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return declaration?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Decodes the bytes of an upload by its declared encoding; refuses unknown encodings and invalid bytes. */
export function decodeBpmn(bytes: Uint8Array): DecodeResult {
  const encoding = declaredEncoding(bytes);
  let decoder: TextDecoderLike;
  try {
    decoder = textDecoder(encoding);
  } catch {
    return { ok: false, reason: 'unsupported_encoding', message: `不支持文件声明的字符编码「${encoding}」，请另存为 UTF-8` };
  }
  try {
    return { ok: true, xml: decoder.decode(bytes).replace(/^\uFEFF/, ''), encoding };
  } catch {
    return { ok: false, reason: 'malformed_xml', message: `文件内容不是有效的 ${encoding.toUpperCase()} 编码文本` };
  }
}

/** The UTF-8 length of a string in bytes, stopping early once it exceeds `limit`. */
export function utf8Length(value: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < value.length && bytes <= limit; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
