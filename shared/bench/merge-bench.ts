/**
 * Benchmark of composeChain on a synthetic chain of 50 matters × 20 fields × 10 materials.
 * Prints one line: `BENCH merge_50x20x10_ms <median> ms`. Run with `pnpm --filter @yilian/shared bench`.
 */
import { composeChain, type Field, type Material, type Matter } from '../src/index';

/** mulberry32: a small seeded PRNG so every run measures the same chain. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;
const codeOf = (index: number) => `000${String(index + 1).padStart(9, '0')}`;

// Departments mostly agree: a key usually keeps its type, options and label (with some variation),
// so the chain meets a realistic handful of conflicts and suggestions.
const SYNONYMS = ['姓名', '名称', '身份证号码', '手机号码', '住址', '地址'];
const TYPES = ['text', 'integer', 'select', 'date', 'mobile'] as const;

function field(keyNumber: number): Field {
  const key = `k${keyNumber}`;
  const type = chance(0.97) ? (TYPES[keyNumber % TYPES.length] ?? 'text') : pick(TYPES);
  const label = chance(0.98) ? `字段${keyNumber}${chance(0.2) ? '（说明）' : ''}` : pick(SYNONYMS);
  const result: Field = { key, label, type, required: chance(0.7) };
  if (type === 'select') result.options = chance(0.97) ? ['甲', '乙', '丙'] : ['甲', '乙'];
  if (type === 'text') result.maxLength = chance(0.97) ? 100 : 50;
  return result;
}

function material(codeNumber: number): Material {
  const code = `M-${codeNumber}`;
  return {
    code,
    name: `材料${codeNumber}`,
    required: chance(0.8),
    rongqueAllowed: chance(0.2),
    commitmentAllowed: chance(0.2),
    sourceLevel: pick(['A', 'B', 'C', 'D'] as const),
    copies: 1,
    form: pick(['electronic', 'original', 'copy'] as const),
    ...(codeNumber % 10 === 0 ? { eLicenseType: `证照${codeNumber}` } : {}),
  };
}

/** `count` distinct numbers below `below`. */
function distinct(count: number, below: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * below));
  return [...chosen];
}

function matter(index: number): Matter {
  return {
    code: codeOf(index),
    name: `事项${index + 1}`,
    department: '部门',
    type: '行政许可',
    subject: '法人',
    legalBasis: '依据',
    conditions: '条件',
    legalLimitDays: 1 + Math.floor(random() * 20),
    promisedLimitDays: Math.floor(random() * 10),
    fee: '不收费',
    visits: 1,
    steps: ['受理', '审查', '决定'],
    result: '结果',
    ...(chance(0.2) ? { resultELicense: `证照${10 * Math.floor(random() * 15)}` } : {}),
    materials: distinct(10, 150).map(material),
    fields: distinct(20, 300).map(field),
    dependsOn: Array.from({ length: index }, (_, i) => codeOf(i)).filter(() => chance(0.05)),
  };
}

const matters = Array.from({ length: 50 }, (_, index) => matter(index));
for (let i = 0; i < 20; i += 1) composeChain({ matters });
const timings: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const start = performance.now();
  composeChain({ matters });
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const median = ((timings[99] ?? 0) + (timings[100] ?? 0)) / 2;
console.log(`BENCH merge_50x20x10_ms ${median.toFixed(3)} ms`);
