import { describe, expect, it } from 'vitest';
import { companyCatalog as company, newbornCatalog as newborn, restaurantCatalog as restaurant } from '../testing';
import { parseCatalog } from '../catalog';
import { composeChain } from './compose-chain';
import { reductionPercentages } from './metrics';
import type { ComposeChainInput } from './types';

/** The fixture's chain as composeChain input, matters in the recipe's order. */
function chainOf(json: unknown): ComposeChainInput {
  const result = parseCatalog(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const { matters, dataElements, chains } = result.value;
  const recipe = chains?.[0];
  if (!recipe) throw new Error('fixture without a chain');
  const ordered = recipe.matters.map((code) => matters.find((matter) => matter.code === code));
  return { matters: ordered.filter((matter) => matter !== undefined), dataElements, chainDependsOn: recipe.dependsOn };
}

// Figures computed by hand from the fixtures and catalog-format.md, then checked by the code:
// before = sums over the matters; after.steps = 2 + stages; after.days/legal = longest paths.
describe('composeChain on restaurant.json (我要开餐饮店, every matter applies)', () => {
  it('merges 71 asked fields into 46 and 36 listed materials into 25', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(restaurant));

    // then
    expect(chain.metrics?.before).toEqual({ steps: 24, materials: 36, fields: 71, days: 20, visits: 5 });
    expect(chain.metrics?.after).toEqual({ steps: 4, materials: 25, fields: 46, days: 7, visits: 1 });
    expect(chain.metrics?.legal).toEqual({ days: 23, uncapped: 23, exceeds45: false });
    expect(reductionPercentages(chain.metrics!)).toEqual({
      steps: 83.3,
      materials: 30.6,
      fields: 35.2,
      days: 65,
      visits: 80,
    });
  });

  it('stages 企业设立登记 before the four parallel licences; promised path via 烟草 (0 + 7)', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(restaurant));

    // then
    expect(chain.stages).toEqual([['000131127004'], ['000131024000', '000116601000', '000125049000', '000162004000']]);
    expect(chain.deadline).toMatchObject({
      promisedDays: 7,
      promisedPath: ['000131127004', '000162004000'],
      legalDays: 23,
    });
  });

  it('finds the premises.area conflict and the 法人姓名 suggestion; 营业执照 is produced inside', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(restaurant));

    // then
    expect(chain.conflicts.map((c) => [c.key, c.reasons])).toEqual([['premises.area', ['type', 'constraints']]]);
    expect(chain.suggestions).toEqual([
      { keys: ['legalRep.name', 'enterprise.legalPersonName'], labels: ['法定代表人姓名', '法人姓名'], status: 'pending' },
    ]);
    const notAsked = chain.materials.filter((m) => !m.askApplicant);
    expect(notAsked.map((m) => [m.code, m.producedBy])).toEqual([['M-YYZZ', '000131127004']]);
    expect(chain.publishable).toBe(false);
    expect(chain.blockers).toHaveLength(1);
  });

  it('drops 消防 and 烟草 when the situation answers exclude them', () => {
    // given a 120 ㎡ restaurant without tobacco
    // when
    const applicableMatterCodes = ['000131127004', '000131024000', '000116601000'];
    const small = composeChain({ ...chainOf(restaurant), applicableMatterCodes });

    // then premises.area is asked by 食品经营许可 alone: no conflict is left
    expect(small.metrics?.after).toEqual({ steps: 4, materials: 18, fields: 33, days: 5, visits: 1 });
    expect(small.conflicts).toEqual([]);
    expect(small.publishable).toBe(true);
  });
});

describe('composeChain on newborn.json (新生儿出生一件事, chain-level dependsOn)', () => {
  it('stages 出生医学证明 ∥ 预防接种证 → 出生登记 → 医保 ∥ 社保卡 ∥ 生育保险, 7 promised and 26 legal days', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(newborn));

    // then
    expect(chain.stages).toEqual([
      ['000129601000', '000129602000'],
      ['000111602000'],
      ['000178602000', '000120602000', '000178603000'],
    ]);
    expect(chain.deadline).toEqual({
      promisedDays: 7,
      promisedPath: ['000129601000', '000111602000', '000178603000'],
      legalDays: 26,
      legalUncappedDays: 26,
      legalPath: ['000129601000', '000111602000', '000120602000'],
      exceeds45: false,
    });
  });

  it('merges 77 asked fields into 55 and 29 listed materials into 17', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(newborn));

    // then
    expect(chain.metrics).toEqual({
      before: { steps: 23, materials: 29, fields: 77, days: 13, visits: 7 },
      after: { steps: 5, materials: 17, fields: 55, days: 7, visits: 1 },
      legal: { days: 26, uncapped: 26, exceeds45: false },
    });
  });

  it('finds the baby.birthPlace conflict and three suggestions; 出生医学证明 is produced inside', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(newborn));

    // then
    expect(chain.conflicts.map((c) => [c.key, c.reason])).toEqual([['baby.birthPlace', 'type']]);
    expect(chain.suggestions.map((s) => [s.keys, s.labels])).toEqual([
      [['baby.name', 'child.name'], ['新生儿姓名', '新生儿姓名']],
      [['baby.birthDate', 'applicant.birthDate'], ['出生日期', '出生日期']],
      [['baby.nation', 'applicant.nation'], ['民族', '民族']],
    ]);
    const produced = chain.materials.filter((m) => m.producedBy);
    expect(produced.map((m) => [m.code, m.producedBy])).toEqual([['M-CSYXZM', '000129601000']]);
    // 出生登记 issues a 户口簿 but also needs the family's: M-HKB is still asked (and fetchable)
    const register = chain.materials.find((m) => m.code === 'M-HKB');
    expect(register).toMatchObject({ askApplicant: true, eLicenseCandidate: true });
  });

  it('without the chain-level ordering 社会保障卡申领 would be a root', () => {
    // given / when
    const loose = composeChain({ ...chainOf(newborn), chainDependsOn: undefined });

    // then the critical paths still run through 生育保险 (0 + 0 + 7 and 1 + 5 + 20)
    expect(loose.stages[0]).toEqual(['000129601000', '000129602000', '000120602000']);
    expect([loose.deadline?.promisedDays, loose.deadline?.legalDays]).toEqual([7, 26]);
  });
});

describe('composeChain on company.json (企业开办)', () => {
  it('merges 86 asked fields into 47 and 33 listed materials into 17', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(company));

    // then
    expect(chain.metrics).toEqual({
      before: { steps: 26, materials: 33, fields: 86, days: 3, visits: 7 },
      after: { steps: 4, materials: 17, fields: 47, days: 2, visits: 1 },
      legal: { days: 18, uncapped: 18, exceeds45: false },
    });
    expect(chain.stages).toEqual([
      ['000131127004'],
      ['000111601000', '000132601000', '000120601000', '000178601000', '000116602000', '000150601000'],
    ]);
  });

  it('finds the enterprise.type option conflict and the unit.* suggestions', () => {
    // given the fixture's chain, every matter applicable (the design view)
    // when
    const chain = composeChain(chainOf(company));

    // then
    expect(chain.conflicts.map((c) => [c.key, c.reason])).toEqual([['enterprise.type', 'options']]);
    expect(chain.suggestions.map((s) => s.keys)).toEqual([
      ['enterprise.name', 'unit.name'],
      ['enterprise.address', 'unit.address'],
      ['enterprise.uscc', 'unit.creditCode'],
    ]);
    expect(chain.fields.find((f) => f.key === 'enterprise.name')?.label).toBe('企业名称');
  });
});
