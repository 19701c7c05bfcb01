import { describe, expect, it } from 'vitest';
import { BPMN_MESSAGES, createTranslate } from './translate';

/**
 * The libraries' sources as text (Vite globs: bpmn-js, bpmn-js-bpmnlint and the minimap are the designer's
 * dependencies; diagram-js is bpmn-js's, found in pnpm's store).
 */
const SOURCES: Record<string, string> = {
  ...import.meta.glob<string>('../../../node_modules/bpmn-js/lib/**/*.js', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../../node_modules/.pnpm/diagram-js@*/node_modules/diagram-js/lib/**/*.js', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../node_modules/bpmn-js-bpmnlint/dist/index.esm.js', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../node_modules/diagram-js-minimap/dist/index.esm.js', { query: '?raw', import: 'default', eager: true }),
};

/** Documentation examples and strings that are not texts shown to users. */
const NOT_SHOWN = new Set(['HELLO {you}']);

/**
 * Every text the libraries pass to `translate`, read from their sources: literal calls (`translate('…')`,
 * `this._translate('…')`), constants passed by name, the replace menu's labels, and the two composed keys
 * (alignment entries, emptying a pool).
 */
function libraryKeys(): Set<string> {
  const keys = new Set<string>();
  for (const part of ['/bpmn-js/lib/', '/diagram-js/lib/', '/bpmn-js-bpmnlint/', '/diagram-js-minimap/']) {
    expect(Object.keys(SOURCES).some((file) => file.includes(part)), part).toBe(true);
  }
  for (const [file, text] of Object.entries(SOURCES)) {
    for (const match of text.matchAll(/(?<!['"\w])_?translate\(\s*(['"])((?:\\.|(?!\1)[^\\])*?)\1\s*[,)]/g)) keys.add(match[2]!);
    for (const match of text.matchAll(/(?<!['"\w])_?translate\(\s*([A-Z][A-Z_]+)\s*[,)]/g)) {
      const constant = new RegExp(`var ${match[1]} = '([^']*)'`).exec(text);
      expect(constant, `${file}: ${match[1]}`).not.toBeNull();
      keys.add(constant![1]!);
    }
    if (/popup-menu\/PopupEntries\.js$|replace\/ReplaceOptions\.js$/.test(file)) {
      for (const match of text.matchAll(/^\s+label: '([^']*)'/gm)) keys.add(match[1]!);
    }
    if (file.endsWith('AlignElementsMenuProvider.js')) {
      const options = /ALIGNMENT_OPTIONS = \[([^\]]*)\]/.exec(text)![1]!;
      for (const option of options.matchAll(/'(\w+)'/g)) keys.add(`Align elements ${option[1]}`);
    }
    if (file.endsWith('ReplaceOptions.js') && text.includes("label += ' (removes content)'")) keys.add('Empty pool/participant (removes content)');
  }
  for (const key of NOT_SHOWN) keys.delete(key);
  return keys;
}

describe('modeler translations', () => {
  it('has a zh-CN text for every text bpmn-js, diagram-js, bpmn-js-bpmnlint and the minimap translate', () => {
    // given every key the libraries' sources pass to translate
    const keys = libraryKeys();
    expect(keys.size).toBeGreaterThan(120);
    expect(keys).toContain('Create start event');
    expect(keys).toContain('Open minimap');
    // when looking each up in our table
    const missing = [...keys].filter((key) => !Object.hasOwn(BPMN_MESSAGES['zh-CN'], key));
    // then none is missing
    expect(missing).toEqual([]);
  });

  it('zh-CN and en tables have the same keys, with the same placeholders, and zh-CN texts are Chinese', () => {
    // given both tables
    const zh = BPMN_MESSAGES['zh-CN'];
    const en = BPMN_MESSAGES.en;
    // then they cover the same keys
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      // and every text keeps its placeholders
      expect(placeholders(text), key).toEqual(placeholders(key));
      expect(placeholders(en[key]!), key).toEqual(placeholders(key));
      // and the Chinese text is Chinese
      expect(text, key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('uses the reviewed terms for the elements a chain process is made of', () => {
    // given the zh-CN translate
    const t = createTranslate('zh-CN');
    // then the glossary terms come out
    expect(['User task', 'Parallel gateway', 'Inclusive gateway', 'Exclusive gateway', 'Start event', 'End event', 'Sequence flow'].map((k) => t(k))).toEqual([
      '用户任务', '并行网关', '包容网关', '排他网关', '开始事件', '结束事件', '顺序流',
    ]);
  });

  it('fills placeholders and keeps unknown ones', () => {
    // given the translate functions of both languages
    const zh = createTranslate('zh-CN');
    const en = createTranslate('en');
    // when a template with placeholders is translated
    // then the values are filled in
    expect(zh('{errors} Errors, {warnings} Warnings', { errors: 2, warnings: 0 })).toBe('2 个错误，0 个警告');
    expect(en('Open {element}', { element: 'Review' })).toBe('Open Review');
    // and a placeholder without a value stays as written
    expect(zh('Open {element}')).toBe('打开{element}');
  });

  it('reports a missing key and shows it in English; Chinese lint messages and bpmnlint messages pass without a miss', () => {
    // given a translate that records misses
    const misses: string[] = [];
    const t = createTranslate('zh-CN', (key) => misses.push(key));
    // when translating an unknown key, one of our (Chinese) lint messages and a bpmnlint English message
    const unknown = t('Frobnicate {thing}', { thing: 'x' });
    const ours = t('用户任务「受理」未指定办理角色');
    const bpmnlint = t('Element is missing label/name');
    // then only the unknown key is a miss
    expect(misses).toEqual(['Frobnicate {thing}']);
    expect(unknown).toBe('Frobnicate x');
    expect(ours).toBe('用户任务「受理」未指定办理角色');
    expect(bpmnlint).toBe('元素缺少名称');
  });
});
