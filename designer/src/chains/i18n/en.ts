import type { ChainsMessages } from './zh-CN';

/** English messages of the chains feature; typed by the zh-CN catalog. */
const chainsEn: ChainsMessages = {
  title: 'Chains',
};

export default chainsEn;
