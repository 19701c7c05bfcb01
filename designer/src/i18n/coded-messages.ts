/** Helpers to render coded messages (@yilian/shared `{ code, params }`) with the designer's catalogs. */
import type { MessageParam } from '@yilian/shared';

/** vue-i18n's `t` as the renderers need it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** A list parameter (or [] when the parameter is not a list). */
export const listParam = (value: MessageParam | undefined): string[] => (Array.isArray(value) ? value : []);

/** A scalar parameter as text ('' when absent). */
export const textParam = (value: MessageParam | undefined): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

const ASPECTS = ['type', 'options', 'columns', 'constraints'];

/** How field definitions differ (DefinitionAspect codes), translated and joined. */
export function aspectsText(t: Translate, value: MessageParam | undefined): string {
  return listParam(value)
    .map((aspect) => (ASPECTS.includes(aspect) ? t(`domain.aspects.${aspect}`) : aspect))
    .join(t('domain.aspects.separator'));
}
