import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ImportErrors from './ImportErrors.vue';
import { importErrorOf } from '../api/catalog';
import { catalogPlugins, cityAdminMe } from './test-support';

async function mountErrors(status: number, body: unknown) {
  const wrapper = mount(ImportErrors, {
    attachTo: document.body,
    props: { error: importErrorOf(status, typeof body === 'string' ? body : JSON.stringify(body)) },
    global: { plugins: catalogPlugins(cityAdminMe).plugins },
  });
  await flushPromises(); // the table renders its rows after layout
  return wrapper;
}

describe('ImportErrors', async () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('puts the first path up front and lists every problem of a refused file', async () => {
    // given the server refused a catalog with three problems
    const body = {
      error: {
        code: 'invalid_catalog',
        message: 'matters[1].legalLimitDays: 不能为负数',
        path: 'matters[1].legalLimitDays',
        details: [
          { path: 'matters[1].legalLimitDays', message: '不能为负数' },
          { path: 'matters[2].materials[0].code', message: '必填' },
          { path: 'matters[3].type', message: '必须为 行政许可、行政确认、行政给付、行政备案、公共服务、其他 之一' },
        ],
      },
    };
    // when the error is shown
    const wrapper = await mountErrors(400, body);
    // then it says nothing was changed, and the first path stands out with its message
    expect(wrapper.get('[data-testid="import-error"]').text()).toContain('导入失败，目录未做任何修改');
    expect(wrapper.get('[data-testid="import-error-path"]').text()).toBe('matters[1].legalLimitDays');
    expect(wrapper.get('[data-testid="import-error-message"]').text()).toBe('不能为负数');
    expect(wrapper.text()).toContain('共发现 3 处问题');
    // and the table has one row per problem, path and message
    const rows = wrapper.findAll('[data-testid="import-error-list"] .el-table__body tr');
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['1', 'matters[1].legalLimitDays', '不能为负数'],
      ['2', 'matters[2].materials[0].code', '必填'],
      ['3', 'matters[3].type', '必须为 行政许可、行政确认、行政给付、行政备案、公共服务、其他 之一'],
    ]);
  });

  it('shows a single error without details as one row', async () => {
    // given an error naming only its path (e.g. the format key)
    const wrapper = await mountErrors(400, { error: { code: 'invalid_catalog', message: 'format: 必须为 yilian.catalog/v1', path: 'format' } });
    // then the path and the message without the path prefix are shown
    expect(wrapper.get('[data-testid="import-error-path"]').text()).toBe('format');
    expect(wrapper.get('[data-testid="import-error-message"]').text()).toBe('必须为 yilian.catalog/v1');
  });

  it('explains a 413 as the 20 MiB limit', async () => {
    // given the server's body-size answer
    const wrapper = await mountErrors(413, { error: { code: 'payload_too_large', message: '请求体超过 20971520 字节上限' } });
    // then the limit is named and no path is claimed
    expect(wrapper.get('[data-testid="import-error"]').text()).toContain('文件超过服务器 20 MiB 的上限（HTTP 413）');
    expect(wrapper.find('[data-testid="import-error-path"]').exists()).toBe(false);
  });

  it('shows the server message of other failures, e.g. a role that may not import', async () => {
    const wrapper = await mountErrors(403, { error: { code: 'forbidden', message: '当前角色无权执行此操作' } });
    expect(wrapper.get('[data-testid="import-error"]').text()).toContain('当前角色无权执行此操作');
  });

  it('copes with a proxy error page that is not JSON', async () => {
    const wrapper = await mountErrors(502, '<html>Bad gateway</html>');
    expect(wrapper.get('[data-testid="import-error"]').text()).toContain('HTTP 502');
  });
});
