import { describe, expect, it } from 'vitest';
import { checkFormSchema } from './check-form-schema';

const field = (extra: Record<string, unknown> = {}) => ({ type: 'string', title: '名称', 'x-component': 'text', ...extra });

describe('checkFormSchema', () => {
  it('refuses JavaScript in any expression, naming its path', () => {
    // given an author's expression that is not FEEL
    const schema = { type: 'object', properties: { name: field({ title: "{{ fetch('//x') }}" }) } };
    // when
    const problems = checkFormSchema(schema, ['name']);
    // then
    expect(problems[0]).toMatchObject({ path: 'properties.name.title', code: 'invalid_expression' });
    // and a FEEL-shaped call of a script function names an unknown variable
    const call = { type: 'object', properties: { name: field({ default: '{{ fetch("//x") }}' }) } };
    expect(checkFormSchema(call, ['name']).map((p) => p.code)).toContain('unknown_key');
    // and a half-written expression is refused
    expect(checkFormSchema({ type: 'object', properties: { name: field({ title: 'a {{ b }}' }) } }, ['name'])[0]?.code).toBe('invalid_expression');
  });

  it('refuses run/target/effects in reactions and unknown variables in conditions', () => {
    const schema = {
      type: 'object',
      properties: {
        a: field({ 'x-reactions': [{ when: '{{ b = 1 }}', fulfill: { run: 'alert(1)' }, target: 'x' }] }),
        b: field({ 'x-reactions': [{ when: '{{ nope > 1 }}', fulfill: { state: { visible: true } } }] }),
      },
    };
    const codes = checkFormSchema(schema, ['a', 'b']).map((p) => [p.path, p.code]);
    expect(codes).toEqual(expect.arrayContaining([
      ['properties.a.x-reactions[0].target', 'unsupported_property'],
      ['properties.a.x-reactions[0].fulfill', 'unsupported_property'],
      ['properties.b.x-reactions[0].when', 'unknown_key'],
    ]));
  });

  it('refuses unsupported components and properties, bad keys and duplicates', () => {
    const schema = {
      type: 'object',
      properties: {
        s: { type: 'void', 'x-component': 'Section', properties: { 'a.b': field(), x: field({ 'x-component': 'Rate' }) } },
        t: { type: 'void', 'x-component': 'Section', properties: { 'a.b': field({ onClick: 'x' }), '__proto__x': field(), 'a-b': field() } },
      },
    };
    const codes = checkFormSchema(schema, []).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(expect.arrayContaining([
      'properties.s.properties.x.x-component unsupported_component',
      'properties.t.properties.a.b duplicate_key',
      'properties.t.properties.a.b.onClick unsupported_property',
      'properties.t.properties.a-b invalid_key',
    ]));
  });

  it('refuses a validator pattern that does not compile in unicode mode or backtracks catastrophically', () => {
    const schema = {
      type: 'object',
      properties: {
        a: field({ 'x-validator': { pattern: '(a+)+$' } }),
        b: field({ 'x-validator': { pattern: 'a\\-b' } }),
        c: field({ 'x-validator': { pattern: '^[\\u4e00-\\u9fa5]{2,20}$' } }),
      },
    };
    const problems = checkFormSchema(schema, ['a', 'b', 'c']).map((p) => [p.path, p.code, p.message]);
    expect(problems).toEqual([
      ['properties.a.x-validator.pattern', 'invalid_pattern', expect.stringContaining('properties.a.x-validator.pattern: 正则表达式可能引发灾难性回溯')],
      ['properties.b.x-validator.pattern', 'invalid_pattern', 'properties.b.x-validator.pattern: 不是有效的正则表达式'],
    ]);
  });

  it('accepts a well-formed schema with steps, grid, text blocks and a table', () => {
    const schema = {
      type: 'object',
      properties: {
        steps: {
          type: 'void', 'x-component': 'Steps',
          properties: {
            one: { type: 'void', 'x-component': 'Step', title: '第一步', properties: {
              grid: { type: 'void', 'x-component': 'Grid', 'x-component-props': { columns: 2 }, properties: { name: field(), n: { type: 'number', 'x-component': 'integer' } } },
              note: { type: 'void', 'x-component': 'TextBlock', 'x-component-props': { content: '请如实填写' }, 'x-i18n': { en: { content: 'Fill in truthfully' } } },
            } },
            two: { type: 'void', 'x-component': 'Step', properties: {
              rows: { type: 'array', 'x-component': 'table', items: { type: 'object', properties: { c: field() } },
                'x-reactions': [{ when: '{{ n > 2 }}', fulfill: { state: { required: true } } }] },
            } },
          },
        },
      },
    };
    expect(checkFormSchema(schema, ['name', 'n', 'rows'])).toEqual([]);
  });
});
