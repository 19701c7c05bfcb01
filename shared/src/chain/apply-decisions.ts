/** Conflict resolutions applied before merging: renames re-key a matter's field, picks choose a variant. */
import type { Matter } from '../catalog';
import { coded, type CodedMessage } from '../messages';
import { chainMessageZh } from './chain-messages';
import type { ConflictDecision } from './types';

/** The matters with renames applied, the picks (key → matter code) and the decisions ignored. */
export interface AppliedDecisions {
  matters: Matter[];
  picks: Record<string, string>;
  /** The decisions ignored, in zh-CN (the text of `warningMessages`). */
  warnings: string[];
  /** The decisions ignored, as codes (decision_stale, decision_pick_ignored, decision_rename_refused). */
  warningMessages: CodedMessage[];
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
  const warningMessages: CodedMessage[] = [];
  for (const { key, resolution } of decisions) {
    const index = result.findIndex((matter) => matter.code === resolution.matterCode);
    const matter = result[index];
    if (!matter) continue;
    if (!asks(matter, key)) {
      warningMessages.push(coded('decision_stale', { matter: matter.code, key }));
    } else if (resolution.kind === 'pick') {
      if (picks[key] === undefined) picks[key] = matter.code;
      else warningMessages.push(coded('decision_pick_ignored', { key, picked: picks[key], matter: matter.code }));
    } else if (resolution.newKey.trim() === '' || asks(matter, resolution.newKey)) {
      warningMessages.push(coded('decision_rename_refused', { matter: matter.code, key, newKey: resolution.newKey }));
    } else {
      const fields = matter.fields.map((field) => (field.key === key ? { ...field, key: resolution.newKey } : field));
      result[index] = { ...matter, fields };
    }
  }
  return { matters: result, picks, warnings: warningMessages.map(chainMessageZh), warningMessages };
}
