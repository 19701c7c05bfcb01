/**
 * @yilian/shared/data — the data the product ships, kept once in the repository (shared/data/) and
 * imported as JSON modules, so the server's bundle, Vite and Vitest carry it without reading files:
 * - the demo chains' matter catalogs (`yilian.catalog/v1`: 开办餐饮店, 新生儿出生, 企业开办), which the
 *   server seeds on first start and every package's tests use as fixtures (`@yilian/shared/testing`);
 * - the State Council holiday calendars (holidays-cn, MIT-licensed compilation, see its LICENSE).
 * Product code imports it only where it seeds; the apps' bundles never load it.
 */
import company from '../data/catalog/company.json' with { type: 'json' };
import newborn from '../data/catalog/newborn.json' with { type: 'json' };
import restaurant from '../data/catalog/restaurant.json' with { type: 'json' };
import holidays2019 from '../data/holidays-cn/2019.json' with { type: 'json' };
import holidays2020 from '../data/holidays-cn/2020.json' with { type: 'json' };
import holidays2021 from '../data/holidays-cn/2021.json' with { type: 'json' };
import holidays2022 from '../data/holidays-cn/2022.json' with { type: 'json' };
import holidays2023 from '../data/holidays-cn/2023.json' with { type: 'json' };
import holidays2024 from '../data/holidays-cn/2024.json' with { type: 'json' };
import holidays2025 from '../data/holidays-cn/2025.json' with { type: 'json' };
import holidays2026 from '../data/holidays-cn/2026.json' with { type: 'json' };

/** The demo chains' catalogs by file name (shared/data/catalog/NAME.json), in the order the seed imports them. */
export const DEMO_CATALOGS = { company, newborn, restaurant };

/** Name of a demo catalog file. */
export type DemoCatalogName = keyof typeof DEMO_CATALOGS;

/** The shipped holiday files (shared/data/holidays-cn/YYYY.json), oldest year first; add a year's file here. */
export const BUNDLED_HOLIDAY_FILES = [
  holidays2019,
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
];
