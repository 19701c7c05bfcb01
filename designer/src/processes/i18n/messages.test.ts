import { describe, expect, it } from 'vitest';
import { messageAt } from '@yilian/runtime/ui';
import { FIELD_ACCESS_VALUES, YILIAN_ROLES, YILIAN_STEPS } from '@yilian/shared';
import { COUNTERSIGN_MODES } from '../panel/user-task-entries';
import en from './en';
import zhCN from './zh-CN';

/** The process designer's sources (panel providers name their labels as keys, not through t()). */
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.vue', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

const CATALOGS = { 'zh-CN': { processes: zhCN }, en: { processes: en } };

function missing(keys: readonly string[]): string[] {
  return Object.entries(CATALOGS).flatMap(([locale, catalog]) => keys.filter((key) => typeof messageAt(catalog, key) !== 'string').map((key) => `${locale}: ${key}`));
}

describe('process designer messages', () => {
  it('has every key the sources name literally, in both languages', () => {
    // given every 'processes.…' string literal of the sources (labels, hints, validation messages)
    const keys = new Set<string>();
    for (const text of Object.values(SOURCES)) for (const match of text.matchAll(/'(processes\.[\w.-]+)'/g)) keys.add(match[1]!);
    expect(keys.size).toBeGreaterThan(60);
    // then each resolves to a text
    expect(missing([...keys])).toEqual([]);
  });

  it('has the keys the sources compose from values: steps, roles, countersign modes, access, save states, lint categories', () => {
    // given the families of composed keys
    const keys = [
      ...['review', ...YILIAN_STEPS].map((s) => `processes.panel.steps.${s}`),
      ...YILIAN_ROLES.map((r) => `processes.panel.roles.${r}`),
      ...[...COUNTERSIGN_MODES.map((m) => (m === '' ? 'single' : m)), 'custom'].map((m) => `processes.panel.countersignModes.${m}`),
      ...FIELD_ACCESS_VALUES.map((a) => `processes.panel.accessValues.${a}`),
      ...['saved', 'dirty', 'saving', 'error', 'conflict'].map((s) => `processes.save.${s}`),
      ...['error', 'warn'].map((c) => `processes.lint.${c}`),
      ...['name', 'step', 'role', 'department', 'timeLimit', 'reminder'].map((p) => `processes.regenerate.properties.${p}`),
    ];
    // then each resolves in both languages
    expect(missing(keys)).toEqual([]);
  });
});
