/** Checks across a whole catalog file: unique identifiers and chains naming known matters. */
import type { z } from 'zod';
import { findDuplicates } from './duplicates';
import { asText, itemsAt, textAt } from './loose-read';

/** Adds an issue per repeated data element key, matter code or chain code, and per unknown chain matter. */
export function checkCatalogReferences(catalog: unknown, ctx: z.RefinementCtx): void {
  const lists = [
    ['dataElements', 'key', '数据元'],
    ['matters', 'code', '事项编码'],
    ['chains', 'code', '链条编码'],
  ] as const;
  for (const [list, id, noun] of lists) {
    for (const dup of findDuplicates(itemsAt(catalog, list), (item) => textAt(item, id))) {
      ctx.addIssue({
        code: 'custom',
        path: [list, dup.index, id],
        message: `${noun} ${dup.id} 重复（与 ${list}[${dup.firstIndex}] 相同）`,
      });
    }
  }
  // A matter whose code is malformed still counts as present: its own error is reported already.
  const known = new Set(itemsAt(catalog, 'matters').map((matter) => textAt(matter, 'code')));
  itemsAt(catalog, 'chains').forEach((chain, chainIndex) => {
    itemsAt(chain, 'matters').forEach((item, index) => {
      const code = asText(item);
      if (code !== undefined && !known.has(code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['chains', chainIndex, 'matters', index],
          message: `事项 ${code} 不在本文件的 matters 中`,
        });
      }
    });
  });
}
