import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { catalogChecks, type Matter } from '@yilian/shared';
import { designerMessagesEn, designerMessagesZhCN } from '../i18n';
import { catalogFindingText } from './finding-text';
import { restaurantDataElements, restaurantMatters } from '../chains/fixtures/restaurant';

const translate = (locale: 'zh-CN' | 'en') =>
  createI18n({ legacy: false, locale, messages: { 'zh-CN': designerMessagesZhCN, en: designerMessagesEn } }).global.t as unknown as (
    key: string, named?: Record<string, unknown>) => string;

const withEdits = (matter: Matter, edits: Partial<Matter>): Matter => ({ ...matter, ...edits });

describe('catalog findings in the UI language', () => {
  it('renders every kind: zh-CN exactly as the finding\'s message, English from its params', () => {
    // given findings of every kind: a renamed material, a promised limit over the legal one, the fee written 无
    const [first, second, ...rest] = restaurantMatters;
    const material = first!.materials[0]!;
    const matters = [
      first!,
      withEdits(second!, {
        materials: [{ ...material, name: `${material.name}（副本）` }, ...second!.materials],
        promisedLimitDays: second!.legalLimitDays + 1,
        fee: '无',
      }),
      ...rest,
    ];
    const findings = catalogChecks(matters, restaurantDataElements);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['field-definition', 'material-name', 'promised-exceeds-legal', 'fee-wording']));
    // when / then
    const zh = translate('zh-CN');
    const en = translate('en');
    for (const finding of findings) {
      expect(catalogFindingText(zh, finding)).toBe(finding.message);
      expect(catalogFindingText(en, finding)).not.toBe(finding.message);
    }
    const area = findings.find((f) => f.key === 'premises.area')!;
    expect(catalogFindingText(en, area)).toMatch(/^Field premises\.area is defined differently across matters: types differ; value limits .* differ \(\d+: text(, \d+: area)+\)$/);
  });

  it('keeps the message of a finding without params', () => {
    const finding = { kind: 'fee-wording' as const, message: '某事项：收费写作“无”，应写“不收费”', matterCodes: [] };
    expect(catalogFindingText(translate('en'), finding)).toBe(finding.message);
  });
});
