/** The 15 real tenants of 济宁市 (domain.md §3). Zones have no GB/T 2260 code: internal codes JN-xx. */
export const TENANT_TREE = [
  { id: '370800', name: '济宁市', kind: 'city', parentId: null },
  { id: '370811', name: '任城区', kind: 'county', parentId: '370800' },
  { id: '370812', name: '兖州区', kind: 'county', parentId: '370800' },
  { id: '370826', name: '微山县', kind: 'county', parentId: '370800' },
  { id: '370827', name: '鱼台县', kind: 'county', parentId: '370800' },
  { id: '370828', name: '金乡县', kind: 'county', parentId: '370800' },
  { id: '370829', name: '嘉祥县', kind: 'county', parentId: '370800' },
  { id: '370830', name: '汶上县', kind: 'county', parentId: '370800' },
  { id: '370831', name: '泗水县', kind: 'county', parentId: '370800' },
  { id: '370832', name: '梁山县', kind: 'county', parentId: '370800' },
  { id: '370881', name: '曲阜市', kind: 'county', parentId: '370800' },
  { id: '370883', name: '邹城市', kind: 'county', parentId: '370800' },
  { id: 'JN-GX', name: '济宁高新区', kind: 'zone', parentId: '370800' },
  { id: 'JN-TBH', name: '太白湖新区', kind: 'zone', parentId: '370800' },
  { id: 'JN-JKQ', name: '济宁经济技术开发区', kind: 'zone', parentId: '370800' },
] as const satisfies ReadonlyArray<{ id: string; name: string; kind: 'city' | 'county' | 'zone'; parentId: string | null }>;

/** Departments seeded for the city, 任城区 and 曲阜市 (catalog matters match them by exact name). */
export const SEED_DEPARTMENTS = [
  { code: 'xzsp', name: '行政审批服务局' },
  { code: 'scjg', name: '市场监督管理局' },
  { code: 'zhzf', name: '综合行政执法局' },
  { code: 'xf', name: '消防救援大队' },
  { code: 'yc', name: '烟草专卖局' },
  { code: 'ga', name: '公安局' },
  { code: 'sw', name: '税务局' },
  { code: 'rs', name: '人力资源和社会保障局' },
  { code: 'yb', name: '医疗保障局' },
  { code: 'gjj', name: '住房公积金管理中心' },
  { code: 'wj', name: '卫生健康局' },
  { code: 'jk', name: '疾病预防控制中心' },
  { code: 'yh', name: '商业银行' },
] as const;

/** Tenants that get seeded departments and demo accounts. */
export const DEMO_TENANTS = ['370800', '370811', '370881'] as const;
