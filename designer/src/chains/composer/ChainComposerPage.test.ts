import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { composeChain, type Matter } from '@yilian/shared';
import type { ChainRecord } from '../../api/chains';
import ChainComposerPage from './ChainComposerPage.vue';
import { jsonResponse, stubFetch, type SeenRequest } from '../../testing/fetch-stub';
import { chainPlugins, cityAdminMe, countyAdminMe, RouteHost } from '../fixtures/mount';
import { FIRE, FOOD, LICENCE, SIGNBOARD, matter, restaurantDataElements, restaurantMatters } from '../fixtures/restaurant';
import type { Me } from '@yilian/runtime/ui';

const chain: ChainRecord = {
  id: 'c1',
  code: 'YL-370800-CY-001',
  name: '我要开餐饮店',
  subject: '法人',
  status: 'draft',
  recipe: {
    code: 'YL-370800-CY-001',
    name: '我要开餐饮店',
    subject: '法人',
    matters: [LICENCE, FOOD, FIRE],
    situations: [{ key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' }],
    applicability: { [FIRE]: 'premises.area >= 300' },
  },
  decisions: {},
  revision: 0,
  updatedAt: '2026-11-28T00:00:00.000Z',
  updatedBy: 'system',
};

type Handler = (request: SeenRequest) => Response | undefined;

/** The server as the composer sees it: the chain, its data elements, full matters and the matter search. */
function server(extra: Handler = () => undefined): SeenRequest[] {
  return stubFetch((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const { method, url } = request;
    if (method === 'GET' && url === '/api/chains/c1') return jsonResponse({ chain, composition: {} });
    if (method === 'GET' && url.startsWith('/api/data-elements')) return jsonResponse({ items: restaurantDataElements });
    const code = /^\/api\/matters\/(\w+)$/.exec(url)?.[1];
    if (method === 'GET' && code) return jsonResponse({ code, version: 1, matter: matter(code), versions: [], local: {}, departmentId: null });
    if (method === 'GET' && url.startsWith('/api/matters')) {
      return jsonResponse({ items: restaurantMatters.map((m: Matter) => ({ code: m.code, name: m.name, department: m.department, type: m.type, subject: m.subject })), total: 4, departments: [] });
    }
    if (method === 'PUT' && url === '/api/chains/c1') return jsonResponse({ ...chain, ...(request.body as object) });
    throw new Error(`unexpected ${method} ${url}`);
  });
}

async function open(me: Me = cityAdminMe) {
  const { plugins, router } = chainPlugins(me, { composer: ChainComposerPage });
  await router.push('/chains/c1');
  const wrapper = mount(RouteHost, { attachTo: document.body, global: { plugins } });
  await flushPromises();
  return { wrapper, router };
}

const text = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], id: string) => wrapper.get(`[data-testid="${id}"]`).text();

describe('ChainComposerPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('composes the chain live from the loaded matters and shows why it is not publishable', async () => {
    // given the restaurant draft with three matters
    const seen = server();
    // when the composer opens it
    const { wrapper } = await open();
    // then each matter was fetched once and the figures are the shared composition's
    const expected = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE)], dataElements: restaurantDataElements });
    expect(seen.filter((r) => r.url.startsWith('/api/matters/')).map((r) => r.url).sort()).toEqual([`/api/matters/${FIRE}`, `/api/matters/${FOOD}`, `/api/matters/${LICENCE}`]);
    expect(text(wrapper, 'composer-title')).toBe('我要开餐饮店');
    expect(text(wrapper, 'metric-after-fields')).toBe(String(expected.metrics?.after.fields));
    expect(wrapper.findAll('[data-testid^="merged-field-"]')).toHaveLength(expected.fields.length);
    // and the premises.area conflict blocks publishing
    expect(text(wrapper, 'not-publishable')).toContain('premises.area');
    expect(wrapper.find('[data-testid="conflict-premises.area"]').exists()).toBe(true);
  });

  it('resolves a conflict as a command: undo brings it back, redo resolves it again, save sends the decision', async () => {
    // given the composer on the restaurant draft
    const seen = server();
    const { wrapper } = await open();
    // when the food permit's definition of premises.area is picked
    await wrapper.get(`[data-testid="conflict-pick-premises.area-${FOOD}"]`).trigger('click');
    // then the conflict and the banner are gone and the decision is listed
    expect(wrapper.find('[data-testid="not-publishable"]').exists()).toBe(false);
    expect(text(wrapper, `conflict-resolved-premises.area-${FOOD}`)).toContain('食品经营许可（新办）');
    // when undoing with the button
    await wrapper.get('[data-testid="composer-undo"]').trigger('click');
    // then the conflict is back
    expect(wrapper.find('[data-testid="conflict-premises.area"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="not-publishable"]').exists()).toBe(true);
    // when redoing with Ctrl+Shift+Z
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true }));
    await flushPromises();
    expect(wrapper.find('[data-testid="not-publishable"]').exists()).toBe(false);
    // when saving
    await wrapper.get('[data-testid="composer-save"]').trigger('click');
    await flushPromises();
    // then the recipe and the decision were PUT
    const put = seen.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ recipe: chain.recipe, decisions: { conflicts: [{ key: 'premises.area', resolution: { kind: 'pick', matterCode: FOOD } }] } });
    expect(wrapper.find('[data-testid="composer-dirty"]').exists()).toBe(false);
  });

  it('renames a key only when the new key is valid for that matter', async () => {
    server();
    const { wrapper } = await open();
    await wrapper.get(`[data-testid="conflict-rename-premises.area-${FIRE}"]`).trigger('click');
    const input = wrapper.get(`[data-testid="conflict-rename-input-premises.area-${FIRE}"] input`);
    // when the new key is not a key
    await input.setValue('1area');
    await wrapper.get(`[data-testid="conflict-rename-confirm-premises.area-${FIRE}"]`).trigger('click');
    expect(text(wrapper, `conflict-rename-error-premises.area-${FIRE}`)).toContain('字段键须以字母开头');
    // when it is valid
    await input.setValue('fire.premisesArea');
    await wrapper.get(`[data-testid="conflict-rename-confirm-premises.area-${FIRE}"]`).trigger('click');
    // then the keys no longer clash and the renamed field is merged separately
    expect(wrapper.find('[data-testid="conflict-premises.area"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="merged-field-fire.premisesArea"]').exists()).toBe(true);
  });

  it('adds a matter from the search, updating the figures, and accepts the suggestion it brings', async () => {
    server();
    const { wrapper } = await open();
    const fieldsBefore = text(wrapper, 'metric-after-fields');
    // when the signboard permit is added
    await wrapper.get(`[data-testid="matter-add-${SIGNBOARD}"]`).trigger('click');
    await flushPromises();
    // then it is listed last and the merged figures include it
    expect(wrapper.findAll('[data-testid^="chain-matter-0"]').map((row) => row.attributes('data-testid'))).toEqual([
      `chain-matter-${LICENCE}`, `chain-matter-${FOOD}`, `chain-matter-${FIRE}`, `chain-matter-${SIGNBOARD}`,
    ]);
    const expected = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE), matter(SIGNBOARD)], dataElements: restaurantDataElements });
    expect(text(wrapper, 'metric-after-fields')).toBe(String(expected.metrics?.after.fields));
    expect(text(wrapper, 'metric-after-fields')).not.toBe(fieldsBefore);
    // and its 法人姓名 field is suggested as the legal representative's name
    const id = 'legalRep.name-enterprise.legalPersonName';
    expect(wrapper.find(`[data-testid="suggestion-merged-${id}"]`).exists()).toBe(false);
    await wrapper.get(`[data-testid="suggestion-accept-${id}"]`).trigger('click');
    expect(text(wrapper, `suggestion-status-${id}`)).toBe('已接受');
    // and accepting shows at once the field the pair became and the generated form's new field count
    expect(text(wrapper, `suggestion-merged-${id}`)).toContain('（legalRep.name）');
    const formFields = expected.fields.length;
    expect(text(wrapper, 'suggestions-form-fields')).toBe(`生成的表单：${formFields - 1} 个字段（接受建议前 ${formFields} 个）`);
  });

  it('warns beside the choice and the condition when a definition contradicts the chain\'s own condition', async () => {
    server();
    const { wrapper } = await open();
    // given premises.area is text in the food permit and an area elsewhere, and the fire inspection applies when premises.area >= 300
    // then only the text definition carries a warning beside its choice
    expect(text(wrapper, `conflict-condition-warning-premises.area-${FOOD}`)).toContain('「premises.area」是文本，不能与数字 300 比较');
    expect(wrapper.find(`[data-testid="conflict-condition-warning-premises.area-${FIRE}"]`).exists()).toBe(false);
    // when it is picked anyway
    await wrapper.get(`[data-testid="conflict-pick-premises.area-${FOOD}"]`).trigger('click');
    // then the decision and the condition both say so
    expect(text(wrapper, 'conflict-resolved-warning-premises.area')).toContain('premises.area >= 300');
    expect(text(wrapper, `applicability-error-${FIRE}`)).toBe('「premises.area」是文本，不能与数字 300 比较');
    // and a number compared with "abc" is refused as typed, once the area definition is in use
    await wrapper.get('[data-testid="composer-undo"]').trigger('click');
    await wrapper.get(`[data-testid="conflict-pick-premises.area-${FIRE}"]`).trigger('click');
    await flushPromises();
    expect(wrapper.find(`[data-testid="applicability-error-${FIRE}"]`).exists()).toBe(false);
    await wrapper.get(`[data-testid="applicability-${FIRE}"] input`).setValue('premises.area > "abc"');
    expect(text(wrapper, `applicability-error-${FIRE}`)).toBe('「premises.area」是数字，不能与文本 "abc" 比较');
  });

  it('shows the server\'s error path under the FEEL input it names', async () => {
    // given a server that refuses the fire inspection's condition
    server(({ method }) => method === 'PUT'
      ? jsonResponse({ error: { code: 'invalid_catalog', message: `recipe.applicability.${FIRE}: 条件引用了未定义的情形`, path: `recipe.applicability.${FIRE}` } }, 400)
      : undefined);
    const { wrapper } = await open();
    await wrapper.get(`[data-testid="conflict-pick-premises.area-${FOOD}"]`).trigger('click');
    // when saving
    await wrapper.get('[data-testid="composer-save"]').trigger('click');
    await flushPromises();
    // then the alert names the path and the input shows the message
    expect(text(wrapper, 'composer-error-path')).toBe(`出错位置：recipe.applicability.${FIRE}`);
    expect(text(wrapper, `applicability-error-${FIRE}`)).toContain('条件引用了未定义的情形');
  });

  it('edits situations and shows an unknown variable in a condition at once', async () => {
    server();
    const { wrapper } = await open();
    await wrapper.get('[data-testid="situation-add"]').trigger('click');
    expect(wrapper.get('[data-testid="situation-key-1"] input').element).toBeInstanceOf(HTMLInputElement);
    expect((wrapper.get('[data-testid="situation-key-1"] input').element as HTMLInputElement).value).toBe('situation2');
    await wrapper.get(`[data-testid="applicability-${FOOD}"] input`).setValue('sellsTobacco = true');
    expect(text(wrapper, `applicability-error-${FOOD}`)).toContain('未知变量「sellsTobacco」');
    await wrapper.get('[data-testid="situation-key-1"] input').setValue('sellsTobacco');
    await flushPromises();
    expect(wrapper.find(`[data-testid="applicability-error-${FOOD}"]`).exists()).toBe(false);
  });

  it('creates a new chain on its first save and stays on it, clean', async () => {
    // given the composer on a new chain (heading from the create dialog)
    const seen = server(({ method, url, body }) => method === 'POST' && url === '/api/chains'
      ? jsonResponse({ ...chain, id: 'c9', code: 'YL-370800-BLD-001', name: '我要开便利店', ...(body as object) }, 201)
      : undefined);
    const { plugins, router } = chainPlugins(cityAdminMe, { composer: ChainComposerPage });
    await router.push({ name: 'chain-composer', params: { id: 'new' }, query: { code: 'YL-370800-BLD-001', name: '我要开便利店', subject: '法人' } });
    const wrapper = mount(RouteHost, { attachTo: document.body, global: { plugins } });
    await flushPromises();
    expect(text(wrapper, 'composer-title')).toBe('我要开便利店');
    expect(wrapper.get('[data-testid="composer-save"]').attributes('disabled')).toBeDefined();
    // when a matter is added and the chain saved
    await wrapper.get(`[data-testid="matter-add-${LICENCE}"]`).trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="composer-save"]').trigger('click');
    await flushPromises();
    // then it was created with that matter, the address names it, and nothing is left unsaved
    expect(seen.find((r) => r.method === 'POST')?.body).toEqual({
      recipe: { code: 'YL-370800-BLD-001', name: '我要开便利店', subject: '法人', matters: [LICENCE], situations: [] },
      decisions: {},
    });
    expect(router.currentRoute.value.params.id).toBe('c9');
    expect(wrapper.find('[data-testid="composer-dirty"]').exists()).toBe(false);
    expect(wrapper.find(`[data-testid="chain-matter-${LICENCE}"]`).exists()).toBe(true);
    // when renaming it and undoing the rename
    await wrapper.get('[data-testid="composer-name"] input').setValue('我要开便利店（试点）');
    expect(wrapper.find('[data-testid="composer-dirty"]').exists()).toBe(true);
    await wrapper.get('[data-testid="composer-undo"]').trigger('click');
    // then it is back at the saved state
    expect(text(wrapper, 'composer-title')).toBe('我要开便利店');
    expect(wrapper.find('[data-testid="composer-dirty"]').exists()).toBe(false);
  });

  it('is read-only for a county administrator', async () => {
    server();
    const { wrapper } = await open(countyAdminMe);
    expect(wrapper.find('[data-testid="composer-readonly"]').exists()).toBe(true);
    for (const id of ['composer-save', 'composer-undo', 'composer-redo', 'matter-search', `chain-matter-remove-${FOOD}`, `conflict-pick-premises.area-${FOOD}`, 'situation-add']) {
      expect(wrapper.find(`[data-testid="${id}"]`).exists(), id).toBe(false);
    }
    expect(text(wrapper, 'metric-after-steps')).toBe('4');
  });
});
