import { describe, expect, it } from 'vitest';
import { composeChain, formStatus, generateForm, type FormSchema, type FormSchemaNode } from '@yilian/shared';
import { FIRE, FOOD, LICENCE, SIGNBOARD, matter, restaurantDataElements } from '../../chains/fixtures/restaurant';
import { liveFormStatus, reachableKeys } from './live-status';

const situations = [{ key: 'premises.area', question: '面积', type: 'number' as const }, { key: 'sells tobacco', question: '售烟', type: 'boolean' as const }];

describe('live form status', () => {
  it('equals the shared formStatus, problems included (unknown keys, syntax, unplaced, conflicts)', () => {
    // given the generated restaurant form with a field removed and rules over known, unknown and spaced names
    const composed = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE), matter(SIGNBOARD)], dataElements: restaurantDataElements });
    const schema = generateForm({ composed, applicability: { [FIRE]: 'premises.area >= 300' }, matterNames: {} }).schema;
    const common = schema.properties.section_common!.properties!;
    delete common['contact.name'];
    const rule = (when: string) => ({ when: `{{ ${when} }}`, fulfill: { state: { visible: true } } });
    common['legalRep.name']!['x-reactions'] = [rule('premises.area > 1 and nobody = 2'), rule('sells tobacco = true'), rule('legalRep.mobile >'), rule('string length(enterprise.name) > 3')];
    const decisions = { suggestions: [{ keys: composed.suggestions[0]!.keys, accepted: true }] };
    // when both are computed
    const live = liveFormStatus(schema, JSON.stringify(schema), composed, situations, decisions);
    const shared = formStatus(schema, composed, situations, decisions);
    // then they agree exactly, and the rules' problems are among them
    expect(live).toEqual(shared);
    expect(live.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['unknown_key', 'invalid_expression', 'unplaced_required', 'unresolved_conflict']));
  });

  it('keeps only the keys an expression can reach', () => {
    const schema: FormSchema = { type: 'object', properties: { a: { type: 'string', 'x-component': 'text', 'x-reactions': [{ when: '{{ premises.area > 1 }}' }] } as FormSchemaNode } };
    expect(reachableKeys(['premises.area', 'premises.floor', 'legalRep.name', 'a'], JSON.stringify(schema))).toEqual(['premises.area', 'premises.floor', 'a']);
    expect(reachableKeys(['a'], '{"type":"object"}')).toEqual([]);
  });
});
