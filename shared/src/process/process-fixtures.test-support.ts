/** Demo chains and helpers for the process tests (tests only; not exported from the package). */
import { parseCatalog, type ChainRecipe, type Matter } from '../catalog';
import { companyCatalog, newbornCatalog, restaurantCatalog } from '../testing';

/** The departments the server seeds (server/src/seed/tenant-tree.ts), name → code. */
export const SEED_DEPARTMENT_CODES: Readonly<Record<string, string>> = {
  行政审批服务局: 'xzsp',
  市场监督管理局: 'scjg',
  综合行政执法局: 'zhzf',
  消防救援大队: 'xf',
  烟草专卖局: 'yc',
  公安局: 'ga',
  税务局: 'sw',
  人力资源和社会保障局: 'rs',
  医疗保障局: 'yb',
  住房公积金管理中心: 'gjj',
  卫生健康局: 'wj',
  疾病预防控制中心: 'jk',
  商业银行: 'yh',
};

export interface DemoChain {
  recipe: ChainRecipe;
  matters: Matter[];
  /** Situation keys and every field key of the chain's matters (what lint may read). */
  knownKeys: string[];
}

function demo(json: unknown): DemoChain {
  const parsed = parseCatalog(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const recipe = parsed.value.chains?.[0];
  if (!recipe) throw new Error('fixture without a chain');
  const matters = parsed.value.matters;
  const knownKeys = [...new Set([...recipe.situations.map((s) => s.key), ...matters.flatMap((m) => m.fields.map((f) => f.key))])];
  return { recipe, matters, knownKeys };
}

/** 我要开餐饮店, 新生儿出生一件事, 企业开办 (shared/data/catalog, through `@yilian/shared/testing`). */
export const DEMO_CHAINS = { restaurant: demo(restaurantCatalog), newborn: demo(newbornCatalog), company: demo(companyCatalog) };

const NAMESPACES =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
  'xmlns:yilian="https://yilian.gov.cn/schema/bpmn/1.0"';

/** A BPMN document around process content (and optional extra root/diagram XML). */
export function bpmnDocument(processContent: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NAMESPACES} id="Definitions_1" targetNamespace="https://example.org/test">
  <bpmn:process id="Process_1" isExecutable="true">${processContent}</bpmn:process>${extra}
</bpmn:definitions>`;
}

/** UTF-8 bytes of a string (TextEncoder, reached without DOM or Node types). */
export function utf8Bytes(text: string): Uint8Array {
  const Encoder = (globalThis as unknown as { TextEncoder: new () => { encode(value: string): Uint8Array } }).TextEncoder;
  return new Encoder().encode(text);
}
