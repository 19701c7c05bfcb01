/** Checks across one matter's own lists: repeated material codes and field keys, self-dependency. */
import type { z } from 'zod';
import { findDuplicates } from './duplicates';
import { asText, itemsAt, textAt } from './loose-read';

/** Adds an issue for every repeated material code, repeated field key and self-dependency. */
export function checkMatterLists(matter: unknown, ctx: z.RefinementCtx): void {
  for (const dup of findDuplicates(itemsAt(matter, 'materials'), (item) => textAt(item, 'code'))) {
    ctx.addIssue({
      code: 'custom',
      path: ['materials', dup.index, 'code'],
      message: `材料编码 ${dup.id} 重复（与 materials[${dup.firstIndex}] 相同）`,
    });
  }
  for (const dup of findDuplicates(itemsAt(matter, 'fields'), (item) => textAt(item, 'key'))) {
    ctx.addIssue({
      code: 'custom',
      path: ['fields', dup.index, 'key'],
      message: `字段 ${dup.id} 重复（与 fields[${dup.firstIndex}] 相同）`,
    });
  }
  const code = textAt(matter, 'code');
  itemsAt(matter, 'dependsOn').forEach((prerequisite, index) => {
    if (code !== undefined && asText(prerequisite) === code) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn', index], message: '事项不能依赖自身' });
    }
  });
}
