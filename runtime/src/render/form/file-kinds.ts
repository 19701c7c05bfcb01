/** File kinds a file field accepts: the `accept` attribute, the client-side check (the server checks magic bytes), sizes. */
import { DEFAULT_FILE_ACCEPT, DEFAULT_FILE_MAX_BYTES, FILE_KINDS, type FileKind, type FormLocale, type FormSchemaNode } from '@yilian/shared';

const KINDS: Readonly<Record<FileKind, { extensions: readonly string[]; mime: readonly string[]; label: string }>> = {
  pdf: { extensions: ['.pdf'], mime: ['application/pdf'], label: 'PDF' },
  jpeg: { extensions: ['.jpg', '.jpeg'], mime: ['image/jpeg'], label: 'JPG' },
  png: { extensions: ['.png'], mime: ['image/png'], label: 'PNG' },
  ofd: { extensions: ['.ofd'], mime: ['application/ofd'], label: 'OFD' },
};

export interface FileLimits {
  accept: readonly FileKind[];
  maxSize: number;
  /** Undefined: no limit. */
  maxCount: number | undefined;
}

/** A file field's limits from its props (`accept`, `maxSize` in bytes, `maxCount`), with the defaults. */
export function fileLimits(node: FormSchemaNode): FileLimits {
  const props = node['x-component-props'] ?? {};
  const accept = Array.isArray(props.accept) ? props.accept.filter((k): k is FileKind => (FILE_KINDS as readonly unknown[]).includes(k)) : [];
  return {
    accept: accept.length > 0 ? accept : DEFAULT_FILE_ACCEPT,
    maxSize: typeof props.maxSize === 'number' && props.maxSize > 0 ? props.maxSize : DEFAULT_FILE_MAX_BYTES,
    maxCount: typeof props.maxCount === 'number' && props.maxCount > 0 ? props.maxCount : undefined,
  };
}

/** The `accept` attribute of a file input. */
export const acceptAttribute = (kinds: readonly FileKind[]): string => kinds.flatMap((k) => [...KINDS[k].extensions, ...KINDS[k].mime]).join(',');

/** The kinds' names for people: `PDF、JPG、PNG`. */
export const kindLabels = (kinds: readonly FileKind[], locale: FormLocale): string => kinds.map((k) => KINDS[k].label).join(locale === 'en' ? ', ' : '、');

/** The kind of a file by its MIME type, else its extension; undefined when none fits. */
export function fileKindOf(file: { name: string; type: string }): FileKind | undefined {
  const name = file.name.toLowerCase();
  return FILE_KINDS.find((k) => KINDS[k].mime.includes(file.type)) ?? FILE_KINDS.find((k) => KINDS[k].extensions.some((ext) => name.endsWith(ext)));
}

/** A size for people: `512 B`, `1.5 KB`, `20 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}
