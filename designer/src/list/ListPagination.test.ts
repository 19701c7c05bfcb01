import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ListPagination from './ListPagination.vue';
import { designerPlugins } from '../testing/mount-options';

describe('ListPagination', () => {
  it('moves to the next page and asks the list to reload', async () => {
    // given page 1 of 45 rows, 20 per page
    const wrapper = mount(ListPagination, {
      props: { page: 1, pageSize: 20, total: 45, 'onUpdate:page': (p: number) => wrapper.setProps({ page: p }) },
      global: { plugins: designerPlugins() },
    });
    await flushPromises();
    // when the next-page button is clicked
    await wrapper.get('button.btn-next').trigger('click');
    await flushPromises();
    // then the page model is 2 and a reload was asked for
    expect(wrapper.emitted('update:page')?.at(-1)).toEqual([2]);
    expect(wrapper.emitted('page-change')).toHaveLength(1);
    expect(wrapper.text()).toContain('45');
  });
});
