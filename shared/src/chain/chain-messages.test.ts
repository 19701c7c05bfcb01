import { describe, expect, it } from 'vitest';
import { aField, aMatter, code } from '../catalog/test-support';
import { coded } from '../messages';
import { CHAIN_MESSAGE_CODES, chainMessageZh, conflictMessage } from './chain-messages';
import { composeChain } from './compose-chain';

const [A, B, C] = [code(1), code(2), code(3)];
const matters = [
  aMatter(A, { fields: [aField('legalRep.name', '法定代表人姓名')] }),
  aMatter(B, { fields: [aField('premises.area', '经营场所面积', { maxLength: 20 })], dependsOn: [A] }),
  aMatter(C, { fields: [aField('premises.area', '经营面积（㎡）', { type: 'area', min: 0 }), aField('legalRep.name', '负责人姓名')], dependsOn: [A] }),
];

describe('chain messages as codes', () => {
  it('gives blockers and conflicts as { code, params }, their zh-CN text being the strings', () => {
    // given / when
    const chain = composeChain({ matters });
    // then
    expect(chain.blockerMessages).toEqual([
      coded('field_conflict_unresolved', { label: '经营场所面积', key: 'premises.area', count: 2, aspects: ['type', 'constraints'] }),
    ]);
    expect(chain.blockers).toEqual(chain.blockerMessages.map(chainMessageZh));
    expect(chainMessageZh(conflictMessage(chain.conflicts[0]!))).toBe(chain.conflicts[0]!.message);
  });

  it('names an empty chain and a cycle by code', () => {
    expect(composeChain({ matters, applicableMatterCodes: [] }).blockerMessages).toEqual([coded('chain_empty')]);
    const cyclic = composeChain({ matters, chainDependsOn: { [A]: [C] } });
    expect(cyclic.blockerMessages[0]).toEqual(coded('dependency_cycle', { cycle: [A, C, A] }));
    expect(cyclic.blockers[0]).toBe(cyclic.errors[0]!.message);
  });

  it('gives the decisions it ignores as codes', () => {
    // given a stale pick, a refused rename and a second pick
    const conflicts = [
      { key: 'premises.floor', resolution: { kind: 'pick' as const, matterCode: B } },
      { key: 'premises.area', resolution: { kind: 'rename' as const, matterCode: C, newKey: 'legalRep.name' } },
      { key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: B } },
      { key: 'premises.area', resolution: { kind: 'pick' as const, matterCode: C } },
    ];
    // when
    const chain = composeChain({ matters, decisions: { conflicts } });
    // then
    expect(chain.warningMessages).toEqual([
      coded('decision_stale', { matter: B, key: 'premises.floor' }),
      coded('decision_rename_refused', { matter: C, key: 'premises.area', newKey: 'legalRep.name' }),
      coded('decision_pick_ignored', { key: 'premises.area', picked: B, matter: C }),
    ]);
    expect(chain.warnings).toEqual(chain.warningMessages.map(chainMessageZh));
  });

  it('renders every code, and an unknown one as itself', () => {
    for (const code of CHAIN_MESSAGE_CODES) expect(chainMessageZh(coded(code, { key: 'k' }))).not.toBe(code);
    expect(chainMessageZh(coded('from_the_future'))).toBe('from_the_future');
  });
});
