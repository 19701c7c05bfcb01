import type { CatalogMessages } from './zh-CN';

/** English messages of the catalog feature; typed by the zh-CN catalog. */
const catalogEn: CatalogMessages = {
  title: 'Matter catalog',
};

export default catalogEn;
