// Test helpers of the catalog feature (used by *.test.ts only): plugins with the catalog's named routes, a sample matter.
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { defineComponent, h, type Plugin } from 'vue';
import type { Me } from '@yilian/runtime/ui';
import type { Matter } from '@yilian/shared';
import { designerPlugins } from '../testing/mount-options';

const Blank = defineComponent({ render: () => h('div') });

/** The city administrator of 济宁市. */
export const cityAdminMe: Me = {
  user: { id: 'u0', username: 'city-admin.370800', displayName: '济宁市管理员', kind: 'staff', tenantId: '370800', roles: [{ role: 'city-admin', departmentId: null }] },
  activeTenant: { id: '370800', name: '济宁市' },
  visibleTenants: [{ id: '370800', name: '济宁市', kind: 'city' }],
};

/** designerPlugins with a memory router that knows the catalog's route names (RouterLinks resolve). */
export function catalogPlugins(me?: Me): { plugins: Plugin[]; router: Router } {
  const [pinia, i18n] = designerPlugins(me);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/catalog', name: 'catalog', component: Blank },
      { path: '/catalog/import', name: 'catalog-import', component: Blank },
      { path: '/catalog/checks', name: 'catalog-checks', component: Blank },
      { path: '/catalog/matters/:code', name: 'catalog-matter', component: Blank },
      { path: '/:any(.*)*', component: Blank },
    ],
  });
  return { plugins: [pinia!, i18n!, router], router };
}

/** 食品经营许可（新办）, trimmed to two materials and three fields. */
export function sampleMatter(): Matter {
  return {
    code: '000131024000',
    name: '食品经营许可（新办）',
    department: '市场监督管理局',
    type: '行政许可',
    subject: '个人,法人',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    conditions: '有与经营的食品品种、数量相适应的经营场所',
    legalLimitDays: 10,
    promisedLimitDays: 5,
    fee: '不收费',
    visits: 1,
    steps: ['受理', '审查', '决定', '发证'],
    result: '食品经营许可证',
    resultELicense: '食品经营许可证',
    materials: [
      { code: 'M-YYZZ', name: '营业执照', required: true, rongqueAllowed: false, commitmentAllowed: false, sourceLevel: 'A', eLicenseType: '营业执照', copies: 1, form: 'electronic' },
      { code: 'M-JKZM', name: '从业人员健康证明', required: false, rongqueAllowed: true, commitmentAllowed: false, sourceLevel: 'C', copies: 1, form: 'copy' },
    ],
    fields: [
      { key: 'enterprise.name', label: '经营者名称', type: 'text', required: true, maxLength: 100 },
      { key: 'food.categories', label: '经营项目', type: 'multiselect', required: true, options: ['热食类食品制售', '冷食类食品制售'] },
      { key: 'staff', label: '从业人员', type: 'table', columns: [{ key: 'name', label: '姓名', type: 'text' }] },
    ],
    dependsOn: ['000131127004'],
  };
}
