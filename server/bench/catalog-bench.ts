/**
 * Catalog at Jining's scale: imports a synthetic catalog of 3,000 matters into a fresh database and
 * measures the import and the designer's matter list (search + filter + paging). Prints:
 *   BENCH catalog_import_3000_ms <ms> ms
 *   BENCH matter_list_3000_ms <median ms> ms
 *   BENCH matter_search_3000_ms <median ms> ms
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../src/db/sqlite-database';
import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { runCatalogImport } from '../src/catalog/import-request';
import { listMatters } from '../src/catalog/matter-queries';
import { catalogTenantId } from '../src/catalog/catalog-tenant';

const DEPARTMENTS = ['市场监督管理局', '行政审批服务局', '公安局', '人力资源和社会保障局', '医疗保障局', '卫生健康局', '税务局', '住房公积金管理中心'];
const TYPES = ['行政许可', '行政确认', '行政给付', '公共服务'];

function matter(i: number) {
  const code = `0001${String(i).padStart(8, '0')}`;
  return {
    code, name: `测试事项${i}（${i % 7 === 0 ? '变更' : '新办'}）`, department: DEPARTMENTS[i % DEPARTMENTS.length], type: TYPES[i % TYPES.length],
    subject: i % 3 === 0 ? '个人' : '法人', legalBasis: '《中华人民共和国行政许可法》', conditions: '申请材料齐全、符合法定形式',
    legalLimitDays: 20, promisedLimitDays: i % 5, fee: '不收费', visits: 1, steps: ['受理', '审查', '决定'], result: '批准文书',
    materials: Array.from({ length: 6 }, (_, m) => ({ code: `M-${(i * 7 + m) % 400}`, name: `材料${(i * 7 + m) % 400}`, required: true, rongqueAllowed: false, commitmentAllowed: false, sourceLevel: 'C', copies: 1, form: 'copy' })),
    fields: Array.from({ length: 12 }, (_, f) => ({ key: `k${(i + f) % 300}`, label: `字段${(i + f) % 300}`, type: 'text', required: f % 2 === 0 })),
    dependsOn: [],
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => ms.toFixed(3);

const auditDir = mkdtempSync(join(tmpdir(), 'yilian-catalog-bench-'));
const config = loadConfig({
  YILIAN_DB: ':memory:', YILIAN_SCRYPT_COST: '1024', YILIAN_NOW: '2025-09-26T02:00:00Z',
  YILIAN_AUDIT_KEY: join(auditDir, 'audit.pem'), YILIAN_AUDIT_CHECKPOINTS: join(auditDir, 'checkpoints.jsonl'),
});
const deps = await boot(config, { database: openSqliteDatabase(':memory:'), logger: createLogger({ silent: true }) });
const catalog = { format: 'yilian.catalog/v1', matters: Array.from({ length: 3000 }, (_, i) => matter(i)) };

let t0 = performance.now();
await runCatalogImport(deps.db, catalog, undefined, deps.clock.now());
process.stdout.write(`BENCH catalog_import_3000_ms ${fmt(performance.now() - t0)} ms\n`);

const time = async (fn: () => Promise<unknown>, runs = 50): Promise<number> => {
  for (let i = 0; i < 5; i += 1) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
};
const tenantId = await catalogTenantId(deps.db.read);
const page = (q: Partial<Parameters<typeof listMatters>[2]>) => () => listMatters(deps.db.read, tenantId, { page: 75, pageSize: 20, ...q });
process.stdout.write(`BENCH matter_list_3000_ms ${fmt(await time(page({ department: '公安局' })))} ms\n`);
process.stdout.write(`BENCH matter_search_3000_ms ${fmt(await time(page({ q: '变更', page: 3 })))} ms\n`);
await deps.close();
