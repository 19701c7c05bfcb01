/** Simplified Chinese messages of the catalog feature (merged into the designer catalog under `catalog`). */
const catalogZhCN = {
  title: '事项目录',
};

export type CatalogMessages = typeof catalogZhCN;
export default catalogZhCN;
