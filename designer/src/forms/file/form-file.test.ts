import { describe, expect, it } from 'vitest';
import { formFileName, readFormFile } from './form-file';

const situations = [{ key: 'premises.area', question: '面积', type: 'number' as const }];
const schema = (title: unknown, when = '{{ premises.area >= 300 }}') => JSON.stringify({
  type: 'object',
  properties: { s: { type: 'void', 'x-component': 'Section', properties: { a: { type: 'string', 'x-component': 'text', title, 'x-reactions': [{ when, fulfill: { state: { visible: true } } }] } } } },
});

describe('form file', () => {
  it('reads a valid schema whose rules use situations, merged keys and its own keys', () => {
    const read = readFormFile(schema('名称', '{{ premises.area >= 300 and a = "x" and legalRep.name != null }}'), situations, ['legalRep.name']);
    expect(read.ok).toBe(true);
  });

  it('refuses JavaScript in an expression, naming the path', () => {
    const read = readFormFile(schema("{{ fetch('//x') }}"), situations, []);
    expect(read).toMatchObject({ ok: false, problems: [{ path: 'properties.s.properties.a.title', code: 'invalid_expression' }] });
  });

  it('refuses unknown keys in rules and names a JSON error', () => {
    expect(readFormFile(schema('名称', '{{ nobody = 1 }}'), situations, [])).toMatchObject({ ok: false, problems: [{ code: 'unknown_key', path: 'properties.s.properties.a.x-reactions[0].when' }] });
    expect(readFormFile('{ nope', situations, [])).toMatchObject({ ok: false, problems: [{ path: '', code: 'invalid_json' }] });
    expect(readFormFile('{"type":"object","properties":{"a":null}}', situations, [])).toMatchObject({ ok: false, problems: [{ path: 'properties.a', code: 'invalid_node' }] });
  });

  it('names the export after the chain', () => {
    expect(formFileName('YL-370800-CY-001')).toBe('YL-370800-CY-001-form.json');
  });
});
