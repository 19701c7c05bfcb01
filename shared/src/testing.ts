/**
 * @yilian/shared/testing — fixtures for the tests of every package (never imported by product code):
 * the theme catalogs and the holiday files, from the one copy in shared/data (see `@yilian/shared/data`).
 */
import { BUNDLED_HOLIDAY_FILES, DEMO_CATALOGS, type DemoCatalogName } from './data';

/** 我要开餐饮店 (YL-370800-CY-001): shared/data/catalog/restaurant.json. */
export const restaurantCatalog = DEMO_CATALOGS.restaurant;
/** 新生儿出生一件事 (YL-370800-XSE-001): shared/data/catalog/newborn.json, without `dataElements`. */
export const newbornCatalog = DEMO_CATALOGS.newborn;
/** 企业开办 (YL-370800-QYKB-001): shared/data/catalog/company.json. */
export const companyCatalog = DEMO_CATALOGS.company;

/** A deep copy of a theme catalog, free to change (e.g. to break on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the copy at will
export function themeCatalogCopy(name: DemoCatalogName): any {
  return JSON.parse(JSON.stringify(DEMO_CATALOGS[name]));
}

/** One shipped holiday file, as its JSON (the State Council data, with its `$schema` and `papers`). */
export type ShippedHolidayFile = (typeof BUNDLED_HOLIDAY_FILES)[number];

/** Every shipped holiday file, oldest year first. */
export const shippedHolidayFiles: readonly ShippedHolidayFile[] = BUNDLED_HOLIDAY_FILES;

/** The shipped holiday file of `year`; throws when that year is not shipped. */
export function holidayFile(year: number): ShippedHolidayFile {
  const file = BUNDLED_HOLIDAY_FILES.find((f) => f.year === year);
  if (file === undefined) throw new Error(`no shipped holiday file for ${year}`);
  return file;
}
