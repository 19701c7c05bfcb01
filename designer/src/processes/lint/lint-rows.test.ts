import { describe, expect, it } from 'vitest';
import { rowsFromApi, rowsFromModeler } from './lint-rows';

describe('lint rows', () => {
  it('flattens the modeler\'s issues, errors first, keeping the id of elements that are not drawn', () => {
    // given issues grouped by the element they show on (a child issue shows on the process)
    const issues = {
      Task_1: [{ id: 'Task_1', rule: 'label-required', category: 'warn', message: '元素缺少名称' }],
      Process_1: [
        { id: 'Process_1', actualElementId: 'Flow_hidden', rule: 'yilian/feel-condition', category: 'error', message: '未知变量' },
        { id: 'Process_1', rule: 'x', category: 'info', message: 'ignored' },
      ],
    };
    // when listed
    const rows = rowsFromModeler(issues);
    // then the error comes first, on the hidden flow, and the info is left out
    expect(rows).toEqual([
      { elementId: 'Flow_hidden', rule: 'yilian/feel-condition', category: 'error', message: '未知变量' },
      { elementId: 'Task_1', rule: 'label-required', category: 'warn', message: '元素缺少名称' },
    ]);
  });

  it('sorts the API\'s lint the same way', () => {
    // given the API's lint
    const rows = rowsFromApi([
      { elementId: 'B', rule: 'r', category: 'warn', message: 'w' },
      { elementId: 'A', rule: 'r', category: 'error', message: 'e' },
    ]);
    // then errors come first
    expect(rows.map((r) => r.elementId)).toEqual(['A', 'B']);
  });
});
