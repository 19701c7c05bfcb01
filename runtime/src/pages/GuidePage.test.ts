import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import GuidePage from './GuidePage.vue';
import restaurant from '../render/guide/fixtures/restaurant-guide.json';
import { errorResponse, jsonResponse, stubFetch } from '../ui/testing/fetch-stub';
import { testPlugins } from '../ui/testing/mount-options';
import { renderMessages } from '../render';

async function mountAt(code: string) {
  const { router, plugins } = testPlugins(['/chains/:code/guide'], renderMessages);
  await router.push(`/chains/${code}/guide`);
  const wrapper = mount(GuidePage, { attachTo: document.body, global: { plugins: plugins as never[] } });
  await flushPromises();
  return wrapper;
}

describe('GuidePage (public)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('explains that the theme is not published when the public guide answers 404', async () => {
    // given no public guide for the chain yet
    const seen = stubFetch(() => errorResponse(404, 'not_found', '接口不存在'));
    // when the page opens
    const wrapper = await mountAt('YL-370800-CY-001');
    // then it asked the public API and shows the empty state, no guide and no error
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/public/chains/YL-370800-CY-001/guide']);
    expect(wrapper.get('[data-testid="guide-not-published"]').text()).toContain('该主题尚未发布');
    expect(wrapper.find('[data-testid="service-guide"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="guide-error"]').exists()).toBe(false);
  });

  it('renders a published guide with a print button', async () => {
    stubFetch(() => jsonResponse(restaurant));
    const wrapper = await mountAt('YL-370800-CY-001');
    expect(wrapper.get('[data-testid="guide-title"]').text()).toContain('我要开餐饮店');
    expect(wrapper.find('[data-testid="guide-print"]').exists()).toBe(true);
  });

  it('shows any other failure as an error', async () => {
    stubFetch(() => errorResponse(500, 'internal', '服务器内部错误'));
    const wrapper = await mountAt('X');
    expect(wrapper.get('[data-testid="guide-error"]').text()).toContain('服务器内部错误');
    expect(wrapper.find('[data-testid="guide-not-published"]').exists()).toBe(false);
  });
});
