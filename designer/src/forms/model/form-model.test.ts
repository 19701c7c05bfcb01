import { describe, expect, it } from 'vitest';
import { composeChain, generateForm, parseCatalog, type FormSchema } from '@yilian/shared';
import { restaurantCatalog as restaurant } from '@yilian/shared/testing';
import { childrenAt, fieldPaths, itemAt, keyAt, modelToSchema, schemaToModel, siblingsOf } from './form-model';
import { sampleModel } from './test-items';

function restaurantForm(): FormSchema {
  const parsed = parseCatalog(restaurant);
  if (!parsed.ok) throw new Error('fixture');
  const recipe = parsed.value.chains![0]!;
  const matters = recipe.matters.map((code) => parsed.value.matters.find((m) => m.code === code)!);
  const composed = composeChain({ matters, dataElements: parsed.value.dataElements });
  return generateForm({ composed, applicability: recipe.applicability, matterNames: {} }).schema;
}

describe('the form model', () => {
  it('round-trips the generated restaurant form exactly (schema → model → schema)', () => {
    // given
    const schema = restaurantForm();
    // when
    const back = modelToSchema(schemaToModel(schema));
    // then
    expect(back).toEqual(schema);
    expect(JSON.stringify(back)).toBe(JSON.stringify(schema)); // property order kept
  });

  it('orders siblings by x-index and keeps table columns apart', () => {
    const schema: FormSchema = {
      type: 'object',
      properties: {
        b: { type: 'string', 'x-component': 'text', 'x-index': 2 },
        a: { type: 'string', 'x-component': 'text', 'x-index': 1 },
        rows: { type: 'array', 'x-component': 'table', items: { type: 'object', properties: { c: { type: 'string', 'x-component': 'text' } } } },
      },
    };
    const model = schemaToModel(schema);
    expect(model.items.map((i) => i.name)).toEqual(['rows', 'a', 'b']);
    expect(model.items.find((i) => i.name === 'rows')!.columns!.map((c) => c.name)).toEqual(['c']);
    expect(modelToSchema(model).properties.rows!.items!.properties!.c).toEqual({ type: 'string', 'x-component': 'text' });
    // and the order it gave is the model's: x-index is not written back (it would undo a later reordering)
    expect(Object.keys(modelToSchema(model).properties)).toEqual(['rows', 'a', 'b']);
    expect(modelToSchema(model).properties.a).toEqual({ type: 'string', 'x-component': 'text' });
  });

  it('gives data keys: layout names add no level', () => {
    const model = schemaToModel(restaurantForm());
    const first = fieldPaths(model)[0]!;
    expect(first.path).toHaveLength(2);
    expect(keyAt(model, first.path)).toBe(first.key);
    expect(keyAt(model, [first.path[0]!])).toBeNull();
  });

  it('continues a table\'s path into its columns (so the item commands reach them)', () => {
    // given a table with one column
    const model = sampleModel();
    // when reading through the table's path
    const column = itemAt(model, ['rows', 'col']);
    // then its columns are its children list, and a column's siblings are the columns
    expect(column?.name).toBe('col');
    expect(childrenAt(model, ['rows'])).toBe(model.items[2]!.columns);
    expect(siblingsOf(model, ['rows', 'col'])).toBe(model.items[2]!.columns);
    expect(fieldPaths(model).map((f) => f.key)).toEqual(['a', 'b', 'c', 'rows', 'd']);
  });
});
