import { describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { composeChain } from '@yilian/shared';
import ConflictsPanel from './ConflictsPanel.vue';
import MaterialsPanel from './MaterialsPanel.vue';
import MergedFieldsPanel from './MergedFieldsPanel.vue';
import { designerPlugins } from '../../testing/mount-options';
import { FIRE, FOOD, LICENCE, matter, restaurantDataElements } from '../fixtures/restaurant';

const composed = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE)], dataElements: restaurantDataElements });
const names = { [LICENCE]: '企业设立登记', [FOOD]: '食品经营许可（新办）', [FIRE]: '消防安全检查' };
const global = { plugins: designerPlugins() };

/** Every body cell's data-label, checked against the column headers (the labels a phone shows on each card). */
function labelsMatchHeaders(wrapper: VueWrapper): void {
  const table = wrapper.get('table.yl-grid--stack');
  const headers = table.findAll('thead th').map((th) => th.text());
  const rows = table.findAll('tbody tr');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.findAll('td').map((td) => td.attributes('data-label'))).toEqual(headers);
}

describe('wide composer tables stack as labelled cards on a phone', () => {
  it('labels every cell of the conflicts, merged fields and materials tables with its column', () => {
    labelsMatchHeaders(mount(ConflictsPanel, { props: { conflicts: composed.conflicts, decisions: [], warnings: [], matters: { [FOOD]: matter(FOOD), [FIRE]: matter(FIRE) } }, global }));
    labelsMatchHeaders(mount(MergedFieldsPanel, { props: { fields: composed.fields, conflictKeys: [], names, before: 0 }, global }));
    labelsMatchHeaders(mount(MaterialsPanel, { props: { materials: composed.materials, names }, global }));
  });
});
