import type { Settings } from './schema';

/** Built-in defaults (domain.md §5, §6, §8); the city's own settings override them for every tenant. */
export const DEFAULT_SETTINGS: Settings = {
  warning: { scheme: 'ratio', yellowRatio: 0.2, yellowMinDays: 1, supervisionDays: 5 },
  badReviewFixDays: 15,
  correctionStopsClock: true,
  excludeCreditFlaggedFromRongque: true,
  window: { name: '综合受理窗口', address: '', phone: '', hours: '' },
};
