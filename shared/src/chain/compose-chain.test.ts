import { describe, expect, it } from 'vitest';
import { aField, aMaterial, aMatter, code } from '../catalog/test-support';
import { composeChain } from './compose-chain';

const [A, B, C] = [code(1), code(2), code(3)];
const areaText = aField('premises.area', '经营场所面积', { maxLength: 20 });
const areaNumber = aField('premises.area', '经营面积（㎡）', { type: 'area', min: 0 });
const matters = [
  aMatter(A, { fields: [aField('legalRep.name', '法定代表人姓名')], materials: [aMaterial('M-A')] }),
  aMatter(B, { fields: [areaText, aField('enterprise.legalPersonName', '法人姓名')], dependsOn: [A] }),
  aMatter(C, { fields: [areaNumber, aField('legalRep.name', '负责人姓名')], dependsOn: [A] }),
];

describe('composeChain decisions', () => {
  it('refuses publishing while a conflict is unresolved', () => {
    // given / when
    const chain = composeChain({ matters });

    // then
    expect(chain.conflicts.map((c) => c.key)).toEqual(['premises.area']);
    expect(chain.publishable).toBe(false);
    expect(chain.blockers).toEqual([
      '字段“经营场所面积”（premises.area）在 2 个事项中定义不一致：类型不同；取值范围、长度或格式要求不同，请选择一个定义或重命名字段',
    ]);
  });

  it('resolves a conflict by picking a variant: the field takes its definition', () => {
    // given
    const decisions = { conflicts: [{ key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: C } }] };

    // when
    const chain = composeChain({ matters, decisions });

    // then
    const area = chain.fields.find((field) => field.key === 'premises.area');
    expect(chain.conflicts).toEqual([]);
    expect(area?.type).toBe('area');
    expect(area?.definition).toMatchObject({ type: 'area', min: 0, label: '经营场所面积' });
    expect(chain.publishable).toBe(true);
  });

  it('resolves a conflict by renaming one matter’s key: one more merged field', () => {
    // given
    const rename = { kind: 'rename' as const, matterCode: B, newKey: 'food.premisesAreaText' };

    // when
    const chain = composeChain({ matters, decisions: { conflicts: [{ key: 'premises.area', resolution: rename }] } });

    // then
    expect(chain.conflicts).toEqual([]);
    expect(chain.fields.map((field) => [field.key, field.sources])).toEqual([
      ['legalRep.name', [A, C]],
      ['food.premisesAreaText', [B]],
      ['enterprise.legalPersonName', [B]],
      ['premises.area', [C]],
    ]);
    expect(chain.metrics?.after.fields).toBe(4);
    expect(chain.publishable).toBe(true);
  });

  it('records suggestion decisions without applying them to the figures', () => {
    // given
    const keys: [string, string] = ['enterprise.legalPersonName', 'legalRep.name'];
    const decisions = { suggestions: [{ keys, accepted: true }] };

    // when
    const chain = composeChain({ matters, decisions });

    // then
    expect(chain.suggestions).toEqual([
      { keys: ['legalRep.name', 'enterprise.legalPersonName'], labels: ['法定代表人姓名', '法人姓名'], status: 'accepted' },
    ]);
    expect(chain.metrics?.after.fields).toBe(3);
  });

  it('ignores decisions it cannot apply, with a warning', () => {
    // given a pick for a key the matter does not ask, a rename onto a key the matter asks, a second pick
    const conflicts = [
      { key: 'premises.floor', resolution: { kind: 'pick' as const, matterCode: B } },
      { key: 'premises.area', resolution: { kind: 'rename' as const, matterCode: C, newKey: 'legalRep.name' } },
      { key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: B } },
      { key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: C } },
      { key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: code(9) } },
    ];

    // when
    const chain = composeChain({ matters, decisions: { conflicts } });

    // then the first valid pick (B) applies
    expect(chain.fields.find((field) => field.key === 'premises.area')?.type).toBe('text');
    expect(chain.warnings).toEqual([
      `冲突处理已失效：事项 ${B} 没有字段 premises.floor`,
      `无法将事项 ${C} 的字段 premises.area 重命名为“legalRep.name”：该事项已有此字段或名称为空`,
      `字段 premises.area 已选定事项 ${B} 的定义，忽略对事项 ${C} 的选择`,
    ]);
    expect(chain.publishable).toBe(true);
  });
});

describe('composeChain applicability, cycles and programmer errors', () => {
  it('merges only the applicable matters, in chain order', () => {
    // given / when
    const chain = composeChain({ matters, applicableMatterCodes: [C, A] });

    // then
    expect(chain.matterCodes).toEqual([A, C]);
    expect(chain.conflicts).toEqual([]);
    expect(chain.stages).toEqual([[A], [C]]);
  });

  it('reports a cycle as an error and a blocker, with no figures', () => {
    // given the chain making A (C's prerequisite) wait for C
    // when
    const chain = composeChain({ matters, chainDependsOn: { [A]: [C] } });

    // then
    expect(chain.errors).toEqual([
      { kind: 'cycle', cycle: [A, C, A], message: `事项办理顺序存在循环：${A} → ${C} → ${A}` },
    ]);
    expect([chain.stages, chain.metrics, chain.deadline]).toEqual([[], null, null]);
    expect(chain.blockers).toContain(`事项办理顺序存在循环：${A} → ${C} → ${A}`);
    expect(chain.publishable).toBe(false);
  });

  it('refuses to publish an empty chain', () => {
    // given / when
    const chain = composeChain({ matters, applicableMatterCodes: [] });

    // then
    expect(chain.metrics?.after).toEqual({ steps: 2, materials: 0, fields: 0, days: 0, visits: 0 });
    expect(chain.blockers).toEqual(['链条中没有可办理的事项']);
  });

  it('throws on an applicable code outside the chain and on a repeated matter', () => {
    // given / when / then
    expect(() => composeChain({ matters, applicableMatterCodes: [code(9)] })).toThrow(/not in the chain/);
    expect(() => composeChain({ matters: [...matters, matters[0]!] })).toThrow(/appears twice/);
  });
});
