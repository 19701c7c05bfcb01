/** Checks inside a chain recipe: every reference must name one of the recipe's own matters. */
import type { z } from 'zod';
import { findDuplicates } from './duplicates';
import { asText, itemsAt, textAt } from './loose-read';

/** The entries of an object-valued key, or none. */
function entriesAt(value: unknown, key: string): [string, unknown][] {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof record === 'object' && record !== null && !Array.isArray(record) ? Object.entries(record) : [];
}

/** Adds an issue for repeated matters or situations and for references outside the recipe's matters. */
export function checkChainReferences(chain: unknown, ctx: z.RefinementCtx): void {
  const matters = itemsAt(chain, 'matters');
  const inChain = new Set(matters.map(asText));
  const outside = (code: string) => `事项 ${code} 不在本链条的 matters 中`;
  for (const dup of findDuplicates(matters, asText)) {
    ctx.addIssue({
      code: 'custom',
      path: ['matters', dup.index],
      message: `事项 ${dup.id} 重复（与 matters[${dup.firstIndex}] 相同）`,
    });
  }
  for (const dup of findDuplicates(itemsAt(chain, 'situations'), (item) => textAt(item, 'key'))) {
    ctx.addIssue({
      code: 'custom',
      path: ['situations', dup.index, 'key'],
      message: `情形 ${dup.id} 重复（与 situations[${dup.firstIndex}] 相同）`,
    });
  }
  for (const [code] of entriesAt(chain, 'applicability')) {
    if (!inChain.has(code)) ctx.addIssue({ code: 'custom', path: ['applicability', code], message: outside(code) });
  }
  for (const [code, prerequisites] of entriesAt(chain, 'dependsOn')) {
    if (!inChain.has(code)) ctx.addIssue({ code: 'custom', path: ['dependsOn', code], message: outside(code) });
    (Array.isArray(prerequisites) ? prerequisites : []).forEach((item: unknown, index) => {
      const prerequisite = asText(item);
      if (prerequisite === undefined) return;
      const message =
        prerequisite === code ? '事项不能依赖自身' : inChain.has(prerequisite) ? undefined : outside(prerequisite);
      if (message) ctx.addIssue({ code: 'custom', path: ['dependsOn', code, index], message });
    });
  }
}
