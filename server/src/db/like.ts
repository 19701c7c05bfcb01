import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The text as a LIKE pattern matching it anywhere, with `%`, `_` and `\` taken literally (escaped with `\`). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** `column LIKE '%text%' ESCAPE '\'`: true where the column holds the text literally (SQLite LIKE: ASCII case-insensitive). */
export const containsText = (column: SQLWrapper, text: string): SQL => sql`${column} LIKE ${containsPattern(text)} ESCAPE '\\'`;
