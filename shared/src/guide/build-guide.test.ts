import { describe, expect, it } from 'vitest';
import { restaurantCatalog as restaurant } from '../testing';
import { parseCatalog, type Catalog } from '../catalog';
import { composeChain } from '../chain';
import { resolveApplicability } from '../feel';
import { buildServiceGuide } from './build-guide';
import { buildChecklist } from './checklist';
import { feeText, promisedLimitText } from './limit-text';

const catalog = (() => {
  const parsed = parseCatalog(restaurant);
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value as Catalog;
})();
const recipe = catalog.chains![0]!;
const window = { name: '济宁市政务服务中心一链办理窗口', address: '济宁市任城区', phone: '0537-12345', hours: '工作日 9:00-17:00' };

describe('limit and fee wording', () => {
  it('writes 即办 and 承诺件 limits and never 无 for no fee', () => {
    expect(promisedLimitText(0)).toBe('即办');
    expect(promisedLimitText(7)).toBe('自受理之日起7个工作日办结');
    expect(feeText(['无', '不收费', ''])).toBe('不收费');
    expect(feeText(['不收费', '工本费20元'])).toBe('工本费20元');
  });
});

describe('buildServiceGuide', () => {
  it('builds the restaurant guide from the chain data', () => {
    // given the restaurant chain composed with every matter
    const composed = composeChain({ matters: catalog.matters, dataElements: catalog.dataElements ?? [] });
    // when the guide is built
    const guide = buildServiceGuide({ recipe, matters: catalog.matters, composed, window, onlineUrl: 'http://x/chains/YL' });
    // then it carries every matter's standard elements, the merged materials and the figures
    expect(guide.chain).toEqual({ code: 'YL-370800-CY-001', name: recipe.name, subject: '法人' });
    expect(guide.matters).toHaveLength(5);
    expect(guide.matters.every((m) => m.legalBasis && m.conditions && m.result && m.steps.length > 0)).toBe(true);
    expect(guide.materials).toHaveLength(25);
    expect(guide.materials.find((m) => m.code === 'M-YYZZ')?.exempt?.reason).toBe('produced');
    expect(guide.stages.map((s) => s.matters.length)).toEqual([1, 4]);
    expect(guide.promisedLimit).toEqual({ days: 7, text: '自受理之日起7个工作日办结' });
    expect(guide.legalLimit.exceeds45).toBe(false);
    expect(guide.fee).toBe('不收费');
    expect(guide.visits).toBe(1);
    expect(guide.matters.find((m) => m.code === '000125049000')?.appliesWhen).toBe('premises.area >= 300');
  });
});

describe('buildChecklist (一次告知)', () => {
  it('lists exactly what a small restaurant without tobacco must bring and fill', () => {
    // given answers that exclude the fire inspection and the tobacco licence
    const applicability = resolveApplicability(recipe.matters, recipe.applicability, { 'premises.area': 80, sellsTobacco: false });
    const composed = composeChain({ matters: catalog.matters, dataElements: catalog.dataElements ?? [], applicableMatterCodes: applicability.applicable });
    const guide = buildServiceGuide({ recipe, matters: catalog.matters, composed, window, onlineUrl: '' });
    const names = new Map(catalog.matters.map((m) => [m.code, m.name]));
    // when the checklist is built
    const list = buildChecklist(composed, guide.materials, names, applicability.excluded);
    // then only the applicable matters' materials are asked and the produced licence is exempt
    expect(list.excluded.map((m) => m.code).sort()).toEqual(['000125049000', '000162004000']);
    expect(list.bring.length + list.exempt.length).toBe(18);
    expect(list.exempt.map((m) => m.code)).toContain('M-YYZZ');
    expect(list.bring.map((m) => m.code)).not.toContain('M-YYZZ');
    expect(list.fields).toHaveLength(33);
  });
});
