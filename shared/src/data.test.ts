import { describe, expect, it } from 'vitest';
import { BUNDLED_HOLIDAY_FILES, DEMO_CATALOGS } from './data';
import { parseCatalog } from './catalog';
import { parseHolidayFile } from './calendar';

describe('@yilian/shared/data', () => {
  it('ships the three demo catalogs, each a valid yilian.catalog/v1 file with one chain', () => {
    expect(Object.keys(DEMO_CATALOGS)).toEqual(['company', 'newborn', 'restaurant']);
    for (const [name, json] of Object.entries(DEMO_CATALOGS)) {
      const parsed = parseCatalog(json);
      expect(parsed.ok, name).toBe(true);
      expect(json.chains, name).toHaveLength(1);
    }
  });

  it('ships one valid holiday file per year, oldest first, each the file its $id names', () => {
    const years = BUNDLED_HOLIDAY_FILES.map((file) => file.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(years[0]).toBe(2019);
    for (const file of BUNDLED_HOLIDAY_FILES) {
      expect(file.$id, String(file.year)).toMatch(new RegExp(`/${file.year}\\.json$`));
      expect(parseHolidayFile(file).ok, String(file.year)).toBe(true);
    }
  });
});
