/** Commands on the administrator's merge decisions: conflict resolutions and suggestion answers. */
import type { ConflictDecision, ConflictResolution, SuggestionDecision } from '@yilian/shared';
import type { Command } from '../../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../chain-document';

type ListName = 'conflicts' | 'suggestions';

/** A command that rewrites one decision list and reverts by restoring the list as it was. */
function rewriteList<L extends ListName>(
  kind: string,
  list: L,
  rewrite: (current: NonNullable<ChainDocument['decisions'][L]>) => NonNullable<ChainDocument['decisions'][L]> | null,
): Command<ChainDocument> {
  let before: ChainDocument['decisions'][L];
  return {
    kind,
    execute({ decisions }) {
      before = decisions[list] === undefined ? undefined : cloneJson(decisions[list]);
      const next = rewrite(cloneJson(decisions[list] ?? []) as NonNullable<ChainDocument['decisions'][L]>);
      if (next === null) return false;
      decisions[list] = next;
      return true;
    },
    revert({ decisions }) {
      if (before === undefined) delete decisions[list];
      else decisions[list] = cloneJson(before);
    },
  };
}

const samePair = (a: readonly string[], b: readonly string[]) => (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/**
 * Resolves a conflicting key: pick one matter's definition, or rename the key in one matter. It
 * replaces an earlier decision about the same key and matter, and a pick replaces an earlier pick.
 */
export function resolveConflict(key: string, resolution: ConflictResolution): Command<ChainDocument> {
  return rewriteList('conflict.resolve', 'conflicts', (current) => {
    const kept = current.filter(
      (d) => d.key !== key || (d.resolution.matterCode !== resolution.matterCode && !(resolution.kind === 'pick' && d.resolution.kind === 'pick')),
    );
    const decision: ConflictDecision = { key, resolution };
    return [...kept, decision];
  });
}

/** Withdraws a conflict decision (the conflict comes back if the variants still differ). */
export function unresolveConflict(decision: ConflictDecision): Command<ChainDocument> {
  return rewriteList('conflict.unresolve', 'conflicts', (current) => {
    const index = current.findIndex((d) => JSON.stringify(d) === JSON.stringify(decision));
    if (index < 0) return null;
    return current.filter((_, i) => i !== index);
  });
}

/** Accepts or rejects a merge suggestion; `null` withdraws the answer (pending again). */
export function decideSuggestion(keys: readonly [string, string], accepted: boolean | null): Command<ChainDocument> {
  return rewriteList('suggestion.decide', 'suggestions', (current) => {
    const existing = current.find((d) => samePair(d.keys, keys));
    if ((existing?.accepted ?? null) === accepted) return null;
    const kept = current.filter((d) => !samePair(d.keys, keys));
    const decision: SuggestionDecision = { keys: [keys[0], keys[1]], accepted: accepted ?? false };
    return accepted === null ? kept : [...kept, decision];
  });
}
