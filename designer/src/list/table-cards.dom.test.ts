import { describe, expect, it } from 'vitest';
import { labelTableCells } from './table-cards';

/** The markup an Element Plus table renders: a header table and a body table in separate wrappers. */
function elementTable(headers: string[], rows: string[][]): HTMLElement {
  const table = document.createElement('div');
  table.innerHTML = `
    <div class="el-table__header-wrapper"><table><thead><tr>${headers.map((h) => `<th><div class="cell">${h}</div></th>`).join('')}</tr></thead></table></div>
    <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>
      ${rows.map((row) => `<tr class="el-table__row">${row.map((c) => `<td class="el-table__cell"><div class="cell">${c}</div></td>`).join('')}</tr>`).join('')}
    </tbody></table></div>`;
  return table;
}

describe('labelTableCells', () => {
  it('labels each body cell with its column header, and leaves a column without a header unlabelled', () => {
    const table = elementTable(['', '序号', '操作'], [['›', '2', '登录成功'], ['›', '1', '初始化演示数据']]);
    labelTableCells(table);
    const labels = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.getAttribute('data-label')));
    expect(labels).toEqual([[null, '序号', '操作'], [null, '序号', '操作']]);
  });
});
