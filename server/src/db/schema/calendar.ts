import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** One year of statutory holidays and make-up working days (State Council notice). */
export const holidayYears = sqliteTable('holiday_years', {
  year: integer('year').primaryKey(),
  data: text('data', { mode: 'json' }).notNull().$type<unknown>(),
  source: text('source', { enum: ['bundled', 'upload'] }).notNull(),
  loadedAt: text('loaded_at').notNull(),
  loadedBy: text('loaded_by'),
});
