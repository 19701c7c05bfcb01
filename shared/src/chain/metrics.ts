/** 四减 figures: the chain against its matters handled one by one (catalog-format.md "四减 figures"). */
import type { Matter } from '../catalog';
import type { ChainDeadline, ChainMetrics, Figures } from './types';

/** Figures of the matters handled alone: sums over the matters. */
export function beforeFigures(matters: readonly Matter[]): Figures {
  const sum = (of: (matter: Matter) => number) => matters.reduce((total, matter) => total + of(matter), 0);
  return {
    steps: sum((matter) => matter.steps.length),
    materials: sum((matter) => new Set(matter.materials.map((material) => material.code)).size),
    // Top-level fields only: a table counts as one, its columns do not count.
    fields: sum((matter) => matter.fields.length),
    days: sum((matter) => matter.promisedLimitDays),
    visits: sum((matter) => matter.visits),
  };
}

/** What the composed chain consists of, as counted by chainMetrics. */
export interface ComposedCounts {
  stageCount: number;
  mergedFields: number;
  mergedMaterials: number;
  deadline: ChainDeadline;
}

/**
 * Before/after/legal figures. After: 一窗受理 + one approval step per stage + 统一出件; one visit
 * (none if no matter needed one); days along the promised critical path.
 */
export function chainMetrics(matters: readonly Matter[], counts: ComposedCounts): ChainMetrics {
  const before = beforeFigures(matters);
  return {
    before,
    after: {
      steps: 2 + counts.stageCount,
      materials: counts.mergedMaterials,
      fields: counts.mergedFields,
      days: counts.deadline.promisedDays,
      visits: matters.some((matter) => matter.visits > 0) ? 1 : 0,
    },
    legal: {
      days: counts.deadline.legalDays,
      uncapped: counts.deadline.legalUncappedDays,
      exceeds45: counts.deadline.exceeds45,
    },
  };
}

/** Reduction from before to after in percent, rounded half away from zero to one decimal (0 when before is 0). */
export function reductionPercent(before: number, after: number): number {
  if (before === 0) return 0;
  // One division (scaled first) instead of ÷before ×100 ×10, so exact halves stay exact.
  const tenths = ((before - after) * 1000) / before;
  const rounded = Math.round(Math.abs(tenths));
  return rounded === 0 ? 0 : (Math.sign(tenths) * rounded) / 10;
}

/** Reduction percentages of every 四减 figure. */
export function reductionPercentages(metrics: ChainMetrics): Figures {
  const { before, after } = metrics;
  return {
    steps: reductionPercent(before.steps, after.steps),
    materials: reductionPercent(before.materials, after.materials),
    fields: reductionPercent(before.fields, after.fields),
    days: reductionPercent(before.days, after.days),
    visits: reductionPercent(before.visits, after.visits),
  };
}
