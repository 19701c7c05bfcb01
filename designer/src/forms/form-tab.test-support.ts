/**
 * Mounting the 表单 tab in component tests: the restaurant chain in the document store, its live
 * composition provided as the composer does, and a stubbed server for GET/PUT /api/chains/c1/form.
 */
import { computed, defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { composeChain, generateForm, type ChainForm, type FormSchema } from '@yilian/shared';
import type { ChainRecord } from '../api/chains';
import { useChainDocumentStore } from '../chains/document/document-store';
import { provideComposer } from '../chains/composer/composer-context';
import { FIRE, FOOD, LICENCE, matter, restaurantDataElements } from '../chains/fixtures/restaurant';
import { cityAdminMe } from '../chains/fixtures/mount';
import { designerPlugins } from '../testing/mount-options';
import { jsonResponse, stubFetch, type SeenRequest } from '../testing/fetch-stub';
import { useFormDesignerStore } from './session/form-designer-store';
import FormDesignerTab from './FormDesignerTab.vue';

/** The restaurant draft (cast: the record's type is moving to the shared API schemas). */
export const chain = {
  id: 'c1',
  revision: 0,
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
  updatedAt: '2026-11-28T00:00:00.000Z',
  updatedBy: 'system',
} as ChainRecord;

const composed = () => composeChain({ matters: chain.recipe.matters.map(matter), dataElements: restaurantDataElements });
export const names: Record<string, string> = Object.fromEntries(chain.recipe.matters.map((code) => [code, matter(code).name]));

/** The form the generator makes of the chain (what GET answers while none is saved). */
export function generatedSchema(): FormSchema {
  return generateForm({ composed: composed(), applicability: chain.recipe.applicability, situations: chain.recipe.situations, matterNames: names }).schema;
}

/** The generated schema without the given keys in the common section (a saved form missing fields). */
export function schemaWithout(...keys: string[]): FormSchema {
  const schema = generatedSchema();
  for (const section of Object.values(schema.properties)) for (const key of keys) delete section.properties?.[key];
  return schema;
}

/** A schema as the API carries it (the contract's loose object type). */
export const wire = (schema: FormSchema): ChainForm['schema'] => ({ ...schema });

export const savedForm = (schema: FormSchema, revision = 3): ChainForm => ({ schema: wire(schema), revision, generated: false, unplaced: [], problems: [] });

type PutAnswer = (request: SeenRequest) => Response;

/** The server: GET answers `form()` (read on every call), PUT answers `put` (default: saved, revision + 1). */
export function formServer(form: () => ChainForm, put?: PutAnswer): SeenRequest[] {
  return stubFetch((request) => {
    if (request.method === 'GET' && request.url === '/api/chains/c1/form') return jsonResponse(form());
    if (request.method === 'PUT' && request.url === '/api/chains/c1/form') {
      if (put) return put(request);
      const body = request.body as { schema: FormSchema; revision: number };
      return jsonResponse({ ...form(), schema: body.schema, revision: body.revision + 1, generated: false });
    }
    throw new Error(`unexpected ${request.method} ${request.url}`);
  });
}

const mounted: Array<{ unmount(): void }> = [];

/** Unmounts every tab mounted by the test (call first in afterEach, while fetch is still stubbed: leaving flushes the autosave). */
export function unmountAll(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
}

/** Mounts the tab as the composer hosts it, signed in as the city administrator, and waits for the form. */
export async function mountFormTab(options: { canEdit?: boolean } = {}) {
  const plugins = designerPlugins(cityAdminMe);
  const Host = defineComponent({
    setup() {
      const doc = useChainDocumentStore();
      doc.load(chain);
      const composition = computed(() => composeChain({ matters: doc.recipe.matters.map(matter), dataElements: restaurantDataElements, decisions: doc.decisions }));
      provideComposer({ composition, names: computed(() => names), canEdit: computed(() => options.canEdit ?? true), run: (command) => void doc.execute(command) });
      return () => h(FormDesignerTab);
    },
  });
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins } });
  mounted.push(wrapper);
  await flushPromises();
  return { wrapper, doc: useChainDocumentStore(), store: useFormDesignerStore() };
}

export type Mounted = Awaited<ReturnType<typeof mountFormTab>>;

/** The test id selector. */
export const tid = (id: string) => `[data-testid="${id}"]`;
