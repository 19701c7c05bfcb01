/**
 * What the inputs emit → the stored value, one JSON shape per field type (no value = undefined):
 * strings for text-like types, numbers for number/integer/area/money (money in yuan, ≤ 2 decimals),
 * `YYYY-MM-DD` dates, ISO 8601 date-times at +08:00 (China Standard Time, whatever the browser's zone).
 */
const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A typed text; the empty text is no value. */
export const textValue = (input: unknown): string | undefined => (isText(input) && input !== '' ? input : undefined);

/** An ID card number without spaces, its check character X in upper case (as stored and validated). */
export const idCardValue = (input: unknown): string | undefined => textValue(isText(input) ? input.replace(/\s+/g, '').toUpperCase() : input);

/** A unified social credit code without spaces, in upper case (GB 32100 uses upper-case letters only). */
export const usccValue = (input: unknown): string | undefined => textValue(isText(input) ? input.replace(/\s+/g, '').toUpperCase() : input);

/** A mobile number without spaces or hyphens. */
export const mobileValue = (input: unknown): string | undefined => textValue(isText(input) ? input.replace(/[\s-]+/g, '') : input);

/** An e-mail address without surrounding spaces. */
export const emailValue = (input: unknown): string | undefined => textValue(isText(input) ? input.trim() : input);

/** A finite number rounded to `decimals` places (undefined: as typed). */
export function numberValue(input: unknown, decimals?: number): number | undefined {
  if (typeof input !== 'number' || !Number.isFinite(input)) return undefined;
  if (decimals === undefined) return input;
  const factor = 10 ** decimals;
  return Math.round(input * factor) / factor;
}

/** A `YYYY-MM-DD` date. */
export const dateValue = (input: unknown): string | undefined => (isText(input) && /^\d{4}-\d{2}-\d{2}$/.test(input) ? input : undefined);

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A wall-clock time in China (`YYYY-MM-DD HH:mm[:ss]`) → ISO 8601 with `+08:00`. */
export function wallToIso(wall: unknown): string | undefined {
  if (!isText(wall)) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/.exec(wall.trim());
  return match ? `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00` : undefined;
}

/** An ISO 8601 date-time → the wall-clock time in China, `YYYY-MM-DD HH:mm:ss`; undefined when invalid. */
export function isoToWall(iso: unknown): string | undefined {
  if (!isText(iso)) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return undefined;
  if (match[4] === '+08:00') return `${match[1]} ${match[2]}${match[3] ?? ':00'}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time + CST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Yes/no. */
export const booleanValue = (input: unknown): boolean | undefined => (typeof input === 'boolean' ? input : undefined);

/** The chosen option's string. */
export const selectValue = (input: unknown): string | undefined => textValue(input);

/** The chosen options' strings (none = empty list). */
export const multiselectValue = (input: unknown): string[] => (Array.isArray(input) ? input.filter(isText) : []);

export interface AddressValue {
  /** GB/T 2260 county code, or a zone's code. */
  region: string;
  /** The rest: street, number, building… */
  detail: string;
}

/** `{ region, detail }`; no value when both are empty. */
export function addressValue(input: unknown): AddressValue | undefined {
  if (!isRecord(input)) return undefined;
  const region = isText(input.region) ? input.region : '';
  const detail = isText(input.detail) ? input.detail : '';
  return region === '' && detail === '' ? undefined : { region, detail };
}

/** One uploaded file as the form stores it. */
export interface FileEntry {
  id: string;
  name: string;
  size: number;
  sha256: string;
  type: string;
}

const isFileEntry = (value: unknown): value is FileEntry =>
  isRecord(value) && isText(value.id) && isText(value.name) && typeof value.size === 'number' && isText(value.sha256) && isText(value.type);

/** The uploaded files (complete entries only). */
export const fileValue = (input: unknown): FileEntry[] => (Array.isArray(input) ? input.filter(isFileEntry).map((f) => ({ id: f.id, name: f.name, size: f.size, sha256: f.sha256, type: f.type })) : []);

/** Table rows: objects keyed by column key. */
export const tableValue = (input: unknown): Record<string, unknown>[] => (Array.isArray(input) ? input.filter(isRecord) : []);
