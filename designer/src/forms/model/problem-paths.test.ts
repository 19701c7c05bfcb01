import { describe, expect, it } from 'vitest';
import { checkFormSchema } from '@yilian/shared';
import { modelToSchema } from './form-model';
import { problemItemPath, schemaPaths } from './problem-paths';
import { field, section, table } from './test-items';

describe('problem paths', () => {
  it('maps a schema problem to its item, dotted keys and table columns included', () => {
    // given a form whose dotted field has a rule over an unknown key and whose column has an unsupported prop
    const model = {
      items: [
        section('s', [field('legalRep.name', { 'x-reactions': [{ when: '{{ nobody = 1 }}', fulfill: { state: { visible: true } } }] })]),
        table('rows', [field('col', { 'x-component-props': { rows: 3 } })]),
      ],
    };
    const problems = checkFormSchema(modelToSchema(model), []);
    // when
    const index = schemaPaths(model);
    const paths = problems.map((p) => problemItemPath(model, p, index));
    // then
    expect(problems.map((p) => p.code)).toEqual(['unknown_key', 'unsupported_property']);
    expect(paths).toEqual([['s', 'legalRep.name'], ['rows', 'col']]);
  });

  it('maps a key problem to the placed field, and an unplaced key to nothing', () => {
    const model = { items: [section('s', [field('a')])] };
    expect(problemItemPath(model, { path: 'a', code: 'unresolved_conflict' })).toEqual(['s', 'a']);
    expect(problemItemPath(model, { path: 'b', code: 'unplaced_required' })).toBeNull();
  });
});
