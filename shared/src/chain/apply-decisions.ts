/** Conflict resolutions applied before merging: renames re-key a matter's field, picks choose a variant. */
import type { Matter } from '../catalog';
import type { ConflictDecision } from './types';

/** The matters with renames applied, the picks (key → matter code) and the decisions ignored (zh-CN). */
export interface AppliedDecisions {
  matters: Matter[];
  picks: Record<string, string>;
  warnings: string[];
}

const asks = (matter: Matter, key: string) => matter.fields.some((field) => field.key === key);

/**
 * Applies conflict decisions in order. Decisions about matters outside the (applicable) chain are
 * skipped silently; a decision naming a key its matter does not ask, a rename onto a key the matter
 * already asks, or a second pick for one key is ignored with a warning.
 */
export function applyConflictDecisions(
  matters: readonly Matter[],
  decisions: readonly ConflictDecision[],
): AppliedDecisions {
  const result = [...matters];
  // Keys come from catalogs and decisions: a null prototype keeps them away from Object.prototype.
  const picks = Object.create(null) as Record<string, string>;
  const warnings: string[] = [];
  for (const { key, resolution } of decisions) {
    const index = result.findIndex((matter) => matter.code === resolution.matterCode);
    const matter = result[index];
    if (!matter) continue;
    if (!asks(matter, key)) {
      warnings.push(`冲突处理已失效：事项 ${matter.code} 没有字段 ${key}`);
    } else if (resolution.kind === 'pick') {
      if (picks[key] === undefined) picks[key] = matter.code;
      else warnings.push(`字段 ${key} 已选定事项 ${picks[key]} 的定义，忽略对事项 ${matter.code} 的选择`);
    } else if (resolution.newKey.trim() === '' || asks(matter, resolution.newKey)) {
      warnings.push(`无法将事项 ${matter.code} 的字段 ${key} 重命名为“${resolution.newKey}”：该事项已有此字段或名称为空`);
    } else {
      const fields = matter.fields.map((field) => (field.key === key ? { ...field, key: resolution.newKey } : field));
      result[index] = { ...matter, fields };
    }
  }
  return { matters: result, picks, warnings };
}
