/** Labels the chains feature shows for codes: subjects, statuses, field types, short matter names. */
import { SUBJECTS } from '@yilian/shared';
import type { ChainStatus } from '../api/chains';

/** The i18n key of each subject (服务对象). */
export const SUBJECT_LABEL_KEYS: Record<(typeof SUBJECTS)[number], string> = {
  个人: 'chains.subjects.person',
  法人: 'chains.subjects.company',
  '个人,法人': 'chains.subjects.both',
};

export const SUBJECT_OPTIONS = SUBJECTS.map((value) => ({ value, labelKey: SUBJECT_LABEL_KEYS[value] }));

/** The i18n key of a subject, or null for a value outside the vocabulary (shown as it is). */
export function subjectLabelKey(subject: string): string | null {
  return (SUBJECT_LABEL_KEYS as Record<string, string>)[subject] ?? null;
}

export const STATUS_LABEL_KEYS: Record<ChainStatus, string> = {
  draft: 'chains.list.statusDraft',
  published: 'chains.list.statusPublished',
  retired: 'chains.list.statusRetired',
};

export { fieldTypeKey } from '../format/field-text';

/** A matter's name without bracketed qualifiers, cut to `max` characters: a badge label. */
export function shortMatterName(name: string, max = 8): string {
  const plain = name.replace(/[（(【[〔][^）)】\]〕]*[）)】\]〕]/g, '').trim() || name;
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
