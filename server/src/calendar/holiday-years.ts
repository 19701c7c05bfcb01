import { asc } from 'drizzle-orm';
import { parseHolidayFile, type HolidayFile } from '@yilian/shared';
import { holidayYears } from '../db/schema';
import type { Reader } from '../db/database';

export interface StoredHolidayYear {
  year: number;
  source: 'bundled' | 'upload';
  loadedAt: string;
  loadedBy: string | null;
  /** The validated file, or the reason the stored data is unusable (the year then counts as missing). */
  file: { ok: true; value: HolidayFile } | { ok: false; error: string };
}

/** Statutory days off and make-up working days listed in a holiday file. */
export function countDays(file: HolidayFile): { offDays: number; makeUpDays: number } {
  const offDays = file.days.filter((d) => d.isOffDay).length;
  return { offDays, makeUpDays: file.days.length - offDays };
}

/** Every stored holiday year, ascending, each re-validated (stored data is never trusted blindly). */
export async function loadHolidayYears(db: Reader): Promise<StoredHolidayYear[]> {
  return (await db
    .select()
    .from(holidayYears)
    .orderBy(asc(holidayYears.year)))
    .map((row) => {
      const parsed = parseHolidayFile(row.data);
      const file: StoredHolidayYear['file'] = !parsed.ok
        ? { ok: false, error: parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ') }
        : parsed.value.year !== row.year
          ? { ok: false, error: `year ${parsed.value.year} stored as ${row.year}` }
          : { ok: true, value: parsed.value };
      return { year: row.year, source: row.source, loadedAt: row.loadedAt, loadedBy: row.loadedBy, file };
    });
}
