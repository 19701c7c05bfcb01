import { pgTable, text, integer, json } from 'drizzle-orm/pg-core';

/** One year of statutory holidays and make-up working days (State Council notice). */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  data: json('data').notNull().$type<unknown>(),
  source: text('source', { enum: ['bundled', 'upload'] }).notNull(),
  loadedAt: text('loaded_at').notNull(),
  loadedBy: text('loaded_by'),
});
