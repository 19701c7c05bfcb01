import { chinaDateOf, createCalendar, type HolidayFile, type WorkingCalendar } from '@yilian/shared';
import type { Reader } from '../db/database';
import type { Logger } from '../logger';
import { loadHolidayYears } from './holiday-years';

/**
 * The working-day calendar from the stored holiday years. A stored year that fails validation is
 * logged and left out, so deadlines in it fall back to Monday–Friday (never blocking acceptance).
 */
export async function loadWorkingCalendar(db: Reader, logger: Logger): Promise<WorkingCalendar> {
  const files: HolidayFile[] = [];
  for (const y of await loadHolidayYears(db)) {
    if (y.file.ok) files.push(y.file.value);
    else logger.error('stored holiday year is invalid; using Monday–Friday', { year: y.year, error: y.file.error });
  }
  return createCalendar(files);
}

/** The current year and the next one (in China's time zone) when they have no usable holiday data. */
export function missingHolidayYears(loadedYears: ReadonlySet<number>, now: Date): number[] {
  const current = Number(chinaDateOf(now).slice(0, 4));
  return [current, current + 1].filter((y) => !loadedYears.has(y));
}

/** The warning supervisors and administrators see while a needed year has no holiday data. */
export function missingYearsWarning(missing: readonly number[]): string | null {
  if (missing.length === 0) return null;
  return `${missing.join('、')} 年的法定节假日数据尚未加载，该年份的办理期限暂按周一至周五工作日计算，请市级管理员尽快上传国务院节假日安排。`;
}
