/** One entry point for the chain composer: merge, check, stage, time and count a chain. */
import type { Matter } from '../catalog';
import { coded } from '../messages';
import { applyConflictDecisions } from './apply-decisions';
import { chainMessageZh, conflictMessage, cycleMessage } from './chain-messages';
import { chainDeadline } from './deadline';
import { findConflicts } from './find-conflicts';
import { findSuggestions } from './find-suggestions';
import { mergeFields } from './merge-fields';
import { mergeMaterials } from './merge-materials';
import { chainMetrics } from './metrics';
import { stages } from './stages';
import type { ComposeChainInput, ComposedChain, MergeSuggestion, SuggestionDecision } from './types';

/** The applicable matters in chain order; an unknown code or a repeated matter is a programmer error. */
function applicableMatters(matters: readonly Matter[], codes?: readonly string[]): Matter[] {
  const known = new Set<string>();
  for (const matter of matters) {
    if (known.has(matter.code)) throw new Error(`composeChain: matter ${matter.code} appears twice`);
    known.add(matter.code);
  }
  if (codes === undefined) return [...matters];
  for (const code of codes) {
    if (!known.has(code)) throw new Error(`composeChain: applicable matter ${code} is not in the chain`);
  }
  const wanted = new Set(codes);
  return matters.filter((matter) => wanted.has(matter.code));
}

/** The administrator's decision on a suggested pair, in either key order. */
function statusOf(
  keys: readonly [string, string],
  decisions: readonly SuggestionDecision[],
): MergeSuggestion['status'] {
  const decision = decisions.find(
    (d) => (d.keys[0] === keys[0] && d.keys[1] === keys[1]) || (d.keys[0] === keys[1] && d.keys[1] === keys[0]),
  );
  if (!decision) return 'pending';
  return decision.accepted ? 'accepted' : 'rejected';
}

/**
 * Composes a chain exactly per catalog-format.md "Merging rules". Accepted suggestions are recorded
 * (status) but not applied: see applySuggestions for the generated form.
 */
export function composeChain(input: ComposeChainInput): ComposedChain {
  const chosen = applicableMatters(input.matters, input.applicableMatterCodes);
  const applied = applyConflictDecisions(chosen, input.decisions?.conflicts ?? []);
  const { matters, picks } = applied;
  const fields = mergeFields(matters, input.dataElements, picks);
  const conflicts = findConflicts(matters).filter((conflict) => picks[conflict.key] === undefined);
  const suggestionDecisions = input.decisions?.suggestions ?? [];
  const suggestions = findSuggestions(matters).map((suggestion) => ({
    ...suggestion,
    status: statusOf(suggestion.keys, suggestionDecisions),
  }));
  const materials = mergeMaterials(matters);
  const staged = stages(matters, input.chainDependsOn);
  const timed = chainDeadline(matters, input.chainDependsOn);
  const deadline = timed.ok ? timed.value : null;
  const stageList = staged.ok ? staged.value : [];
  const metrics = deadline
    ? chainMetrics(matters, {
        stageCount: stageList.length,
        mergedFields: fields.length,
        mergedMaterials: materials.length,
        deadline,
      })
    : null;
  const errors = staged.ok ? [] : [staged.error];
  const blockerMessages = [
    ...(matters.length === 0 ? [coded('chain_empty')] : []),
    ...errors.map(cycleMessage),
    ...conflicts.map((conflict) => coded('field_conflict_unresolved', conflictMessage(conflict).params)),
  ];
  const blockers = blockerMessages.map(chainMessageZh);
  return {
    matterCodes: matters.map((matter) => matter.code),
    fields,
    conflicts,
    suggestions,
    materials,
    stages: stageList,
    metrics,
    deadline,
    errors,
    warnings: applied.warnings,
    warningMessages: applied.warningMessages,
    publishable: blockers.length === 0,
    blockers,
    blockerMessages,
  };
}
