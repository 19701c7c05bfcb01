import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `text` with LIKE's wildcards and the escape character taken literally (escape character `\`). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * `column` contains `text`: `%`, `_` and `\` literal, ASCII letters case-insensitive, other letters
 * exact — the same rows on SQLite (LIKE folds ASCII only) and PostgreSQL (lower() of a C-ctype database
 * folds ASCII only; LIKE itself is case-sensitive there). SQLite's LIKE has no escape character unless
 * one is named, so the ESCAPE clause is required on both.
 */
export const containsText = (column: SQLWrapper, text: string): SQL => sql`lower(${column}) LIKE lower(${`%${escapeLike(text)}%`}) ESCAPE '\\'`;
