import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { CHAIN_MESSAGE_CODES, chainMessageZh, coded, composeChain, conflictMessage, type CodedMessage } from '@yilian/shared';
import { designerMessagesEn, designerMessagesZhCN } from '../i18n';
import { chainMessageText, chainMessageTexts } from './chain-messages';
import { FIRE, FOOD, LICENCE, restaurantDataElements, restaurantMatters } from './fixtures/restaurant';

const translate = (locale: 'zh-CN' | 'en') =>
  createI18n({ legacy: false, locale, messages: { 'zh-CN': designerMessagesZhCN, en: designerMessagesEn } }).global.t as unknown as (
    key: string, named?: Record<string, unknown>) => string;
const zh = translate('zh-CN');
const en = translate('en');
const CJK = /[\u4e00-\u9fff]/;

/** One message of every code, with parameters as the composer produces them. */
const samples: CodedMessage[] = [
  coded('chain_empty'),
  coded('dependency_cycle', { cycle: [LICENCE, FOOD, LICENCE] }),
  coded('field_conflict', { label: 'area', key: 'premises.area', count: 3, aspects: ['type', 'constraints'] }),
  coded('field_conflict_unresolved', { label: 'area', key: 'premises.area', count: 2, aspects: ['options'] }),
  coded('decision_stale', { matter: FIRE, key: 'x' }),
  coded('decision_pick_ignored', { key: 'x', picked: FOOD, matter: FIRE }),
  coded('decision_rename_refused', { matter: FIRE, key: 'x', newKey: 'y' }),
];

describe('chain messages in the UI language', () => {
  it('covers every code, in zh-CN exactly as the composition\'s strings and in English without Chinese', () => {
    expect(samples.map((m) => m.code)).toEqual([...CHAIN_MESSAGE_CODES]);
    for (const message of samples) {
      expect(chainMessageText(zh, message)).toBe(chainMessageZh(message));
      expect(chainMessageText(en, message)).not.toMatch(CJK);
    }
    expect(chainMessageText(en, samples[1]!)).toBe(`The matters’ handling order has a cycle: ${LICENCE} → ${FOOD} → ${LICENCE}`);
  });

  it('renders the restaurant chain\'s conflict and blocker as the composer does, in English', () => {
    // given the restaurant chain, whose premises.area is defined differently
    const chain = composeChain({ matters: restaurantMatters, dataElements: restaurantDataElements });
    const [conflict] = chain.conflicts;
    // when / then
    expect(chainMessageText(zh, conflictMessage(conflict!))).toBe(conflict!.message);
    expect(chainMessageTexts(zh, chain.blockerMessages, chain.blockers)).toEqual(chain.blockers);
    const english = chainMessageTexts(en, chain.blockerMessages, chain.blockers);
    expect(english).toHaveLength(1);
    expect(english[0]).toMatch(/^Field “.+” \(premises\.area\) is defined differently in \d matters: types differ; .*; use one definition or rename the field$/);
  });

  it('names matters with their codes when the names are known (ignored decisions, cycles)', () => {
    const names = { [FIRE]: '消防安全检查', [LICENCE]: '企业设立登记' };
    expect(chainMessageText(zh, samples[4]!, undefined, names)).toBe(`冲突处理已失效：事项 消防安全检查（${FIRE}） 没有字段 x`);
    expect(chainMessageText(zh, samples[1]!, undefined, names)).toContain(`企业设立登记（${LICENCE}） → ${FOOD} → 企业设立登记（${LICENCE}）`);
  });

  it('keeps the zh-CN text of a code it does not know, and the strings when there are no codes', () => {
    expect(chainMessageText(en, coded('from_a_newer_server'), '新的问题')).toBe('新的问题');
    expect(chainMessageTexts(en, undefined, ['旧的问题'])).toEqual(['旧的问题']);
  });
});
