// How the designer writes a matter's elements: time limits, types, applicants, material forms and levels.
import { MATERIAL_FORMS, MATTER_TYPES, SOURCE_LEVELS, SUBJECTS, isForbiddenNoFee } from '@yilian/shared';

type Translate = (key: string, named: Record<string, unknown>, plural: number) => string;
type TranslateSimple = (key: string) => string;

export { MATERIAL_FORMS, MATTER_TYPES, SOURCE_LEVELS, SUBJECTS };

/** The subjects offered by the list filter (the server matches `个人` also in `个人,法人`). */
export const SUBJECT_FILTERS = ['个人', '法人'] as const;

const TYPE_KEYS: Record<string, string> = {
  行政许可: 'catalog.types.licensing',
  行政确认: 'catalog.types.confirmation',
  行政给付: 'catalog.types.benefit',
  行政备案: 'catalog.types.filing',
  公共服务: 'catalog.types.publicService',
  其他: 'catalog.types.other',
};

const SUBJECT_KEYS: Record<string, string> = {
  个人: 'catalog.subjects.person',
  法人: 'catalog.subjects.legalPerson',
  '个人,法人': 'catalog.subjects.both',
};

const FORM_KEYS: Record<string, string> = {
  electronic: 'catalog.material.forms.electronic',
  original: 'catalog.material.forms.original',
  copy: 'catalog.material.forms.copy',
};

const LEVEL_KEYS: Record<string, string> = {
  A: 'catalog.material.levels.A',
  B: 'catalog.material.levels.B',
  C: 'catalog.material.levels.C',
  D: 'catalog.material.levels.D',
};

const label = (keys: Record<string, string>, value: string, t: TranslateSimple): string => {
  const key = keys[value];
  return key ? t(key) : value;
};

/** A time limit as the service guide writes it: 0 → 即办, otherwise N个工作日 (working days). */
export function limitText(days: number, t: Translate): string {
  return days === 0 ? t('catalog.limit.immediate', {}, 1) : t('catalog.limit.days', { n: days }, days);
}

/** The matter type in the UI language (unknown values as they are). */
export const typeLabel = (type: string, t: TranslateSimple): string => label(TYPE_KEYS, type, t);

/** Who may apply, in the UI language. */
export const subjectLabel = (subject: string, t: TranslateSimple): string => label(SUBJECT_KEYS, subject, t);

/** 电子件 / 原件 / 复印件. */
export const formLabel = (form: string, t: TranslateSimple): string => label(FORM_KEYS, form, t);

/** What a trust level A–D means (domain.md §10). */
export const levelText = (level: string, t: TranslateSimple): string => label(LEVEL_KEYS, level, t);

/** True when the promised limit is longer than the legal one (a catalog error to flag). */
export const promisedExceedsLegal = (legal: number, promised: number): boolean => promised > legal;

/** True when a fee is written "无" instead of "不收费". */
export const feeNeedsRewording = (fee: string): boolean => isForbiddenNoFee(fee);

/** A byte count as KiB/MiB, for file sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}
