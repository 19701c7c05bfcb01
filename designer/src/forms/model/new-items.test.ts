import { describe, expect, it } from 'vitest';
import { checkFormSchema, composeChain, applySuggestions } from '@yilian/shared';
import { FOOD, LICENCE, matter, restaurantDataElements } from '../../chains/fixtures/restaurant';
import { modelToSchema } from './form-model';
import { freshName, layoutItem, mergedFieldItem, newFieldItem, takenNames } from './new-items';
import { sampleModel } from './test-items';

describe('new items', () => {
  it('gives a new field a key no item of the form has, and a schema the check accepts', () => {
    // given a form whose names include field1
    const model = sampleModel();
    model.items.push({ name: 'field1', props: { type: 'string', 'x-component': 'text' }, children: [] });
    // when a select and a table are created
    const select = newFieldItem('select', '单选', takenNames(model));
    const rows = newFieldItem('table', '表格', takenNames(model));
    // then the select takes field2 with one option, the table has an empty column list
    expect(select.name).toBe('field2');
    expect(select.props.enum).toEqual([{ label: '单选1', value: '单选1' }]);
    expect(rows.columns).toEqual([]);
    const schema = modelToSchema({ items: [select, { ...rows, name: 'field3' }] });
    expect(checkFormSchema(schema, [])).toEqual([]);
  });

  it('places a merged field under its key with the generator\'s definition', () => {
    const composed = composeChain({ matters: [matter(LICENCE), matter(FOOD)], dataElements: restaurantDataElements });
    const merged = applySuggestions(composed.fields, [], composed.matterCodes).fields.find((f) => f.key === 'legalRep.name')!;
    const item = mergedFieldItem(merged);
    expect(item.name).toBe('legalRep.name');
    expect(item.props).toMatchObject({ title: merged.label, 'x-component': 'text', required: true });
  });

  it('makes layout blocks: Steps with a first step, a text block with its content', () => {
    const taken = new Set(['section1']);
    expect(layoutItem('Section', '分组', taken).name).toBe('section2');
    const block = layoutItem('Steps', '分步', taken, '步骤');
    expect(block.children.map((c) => [c.name, c.props['x-component'], c.props.title])).toEqual([['step1', 'Step', '步骤']]);
    expect(layoutItem('TextBlock', '说明', taken).props['x-component-props']).toEqual({ content: '说明' });
    expect(checkFormSchema(modelToSchema({ items: [block, layoutItem('Grid', '栅格', taken)] }), [])).toEqual([]);
  });

  it('counts from 1 for fresh names', () => {
    expect(freshName('x', new Set(['x1', 'x2']))).toBe('x3');
  });
});
