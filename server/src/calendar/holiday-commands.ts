import { parseHolidayFile } from '@yilian/shared';
import { holidayYears } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import type { Logger } from '../logger';
import { invalidInput } from '../errors';
import { recordAudit } from '../audit/record';
import { cityTenantId } from '../tenants';
import { countDays, loadHolidayYears } from './holiday-years';
import { missingHolidayYears, missingYearsWarning } from './working-calendar';

/** The loaded holiday years (invalid stored ones logged and left out) and the warning while a needed year is missing. */
export async function holidayOverview(db: Database, logger: Logger, now: Date) {
  const years = (await loadHolidayYears(db.read)).flatMap((y) => {
    if (y.file.ok) return [{ year: y.year, ...countDays(y.file.value), source: y.source, loadedAt: y.loadedAt, loadedBy: y.loadedBy }];
    logger.error('stored holiday year is invalid', { year: y.year, error: y.file.error });
    return [];
  });
  const missingYears = missingHolidayYears(new Set(years.map((y) => y.year)), now);
  return { years, missingYears, warning: missingYearsWarning(missingYears) };
}

/**
 * Validates a holiday file for `year` (400 naming the entry; its year must be the path's) and stores it,
 * replacing the year; audited in the city's log in the same transaction.
 */
export async function uploadHolidayYear(db: Database, auth: AuthState, year: number, body: unknown, now: Date) {
  const parsed = parseHolidayFile(body);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw invalidInput(first?.message ?? '节假日文件无效', first?.path);
  }
  const file = parsed.value;
  if (file.year !== year) throw invalidInput(`文件中的年份 ${file.year} 与地址中的年份 ${year} 不一致`, 'year');
  const counts = countDays(file);
  await db.withTx(async (tx) => {
    const previous = (await loadHolidayYears(tx)).find((y) => y.year === year);
    const values = { year, data: file, source: 'upload' as const, loadedAt: now.toISOString(), loadedBy: auth.user.username };
    await tx.insert(holidayYears).values(values).onConflictDoUpdate({ target: holidayYears.year, set: values });
    await recordAudit(db, tx, auth, now, {
      action: 'holidays.upload', targetType: 'holiday-year', targetId: String(year), tenantId: await cityTenantId(tx),
      before: previous?.file.ok
        ? { year, ...countDays(previous.file.value), source: previous.source, loadedBy: previous.loadedBy, days: previous.file.value.days }
        : undefined,
      after: { year, ...counts, source: 'upload', loadedBy: auth.user.username, days: file.days },
    });
  });
  return { year, ...counts, warnings: parsed.warnings };
}
