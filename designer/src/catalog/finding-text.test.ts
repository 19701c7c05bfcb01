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
  it('renders every kind: matters by name and code, field types by name, English from its params', () => {
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
    // when / then the kinds without codes or types read as the server's zh-CN message, the others name matters and types in words
    const zh = translate('zh-CN');
    const en = translate('en');
    for (const finding of findings) {
      if (finding.kind === 'promised-exceeds-legal' || finding.kind === 'fee-wording') expect(catalogFindingText(zh, finding)).toBe(finding.message);
      expect(catalogFindingText(en, finding)).not.toBe(finding.message);
    }
    const area = findings.find((f) => f.key === 'premises.area')!;
    const areaZh = catalogFindingText(zh, area);
    expect(areaZh).toContain('食品经营许可（新办）（000131024000）：文本');
    expect(areaZh).toContain('：面积（㎡）');
    expect(areaZh).not.toMatch(/：(text|area)\b/);
    expect(catalogFindingText(en, area)).toMatch(/^Field premises\.area is defined differently across matters: types differ; the allowed range, length or format differs \(.+ \(\d+\): Text(, .+ \(\d+\): Area \(㎡\))+\)$/);
    const renamed = findings.find((f) => f.kind === 'material-name')!;
    expect(catalogFindingText(zh, renamed)).toContain(`${first!.name}（${first!.code}）`);
  });

  it('keeps the message of a finding without params', () => {
    const finding = { kind: 'fee-wording' as const, message: '某事项：收费写作“无”，应写“不收费”', matterCodes: [] };
    expect(catalogFindingText(translate('en'), finding)).toBe(finding.message);
  });
});
