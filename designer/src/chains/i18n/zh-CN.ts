/** Simplified Chinese messages of the chains feature (merged into the designer catalog under `chains`). */
const chainsZhCN = {
  title: '一链主题',
};

export type ChainsMessages = typeof chainsZhCN;
export default chainsZhCN;
