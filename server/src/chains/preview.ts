import type { Reader } from '../db/database';
import { DomainError } from '../errors';
import { chainByCode, chainWithMatters } from './chain-queries';
import { composeFromCatalog } from './compose';
import { describeComposition } from './describe-composition';
import { assertSituationAnswers, parseSituations } from './situation-answers';

export interface PreviewInput {
  matterCodes: string[];
  chainCode?: string;
  answers?: Record<string, unknown>;
  /** The situations of the recipe being composed; else the resolved chain's. */
  situations?: unknown[];
}

/**
 * POST /api/chains/preview: merged form, materials, conflicts, suggestions, stages and 四减 figures of
 * a set of matters. Chain-level ordering, applicability and decisions come from `chainCode`, else
 * from an imported recipe with exactly these matters, else none. Without answers every matter applies.
 */
export async function previewChain(db: Reader, input: PreviewInput) {
  const chain = input.chainCode ? await chainByCode(db, input.chainCode) : await chainWithMatters(db, input.matterCodes);
  if (input.chainCode && !chain) throw new DomainError('invalid', 'unknown_chain', `chainCode: 未知主题 ${input.chainCode}`, { path: 'chainCode', params: { code: input.chainCode } });
  if (input.answers) {
    const situations = input.situations ? parseSituations(input.situations) : (chain?.recipe.situations ?? []);
    assertSituationAnswers(situations, input.answers);
  }
  const { composed, applicability } = await composeFromCatalog(db, {
    matterCodes: input.matterCodes,
    ...(chain?.recipe.applicability ? { applicability: chain.recipe.applicability } : {}),
    ...(chain?.recipe.dependsOn ? { dependsOn: chain.recipe.dependsOn } : {}),
    ...(chain ? { decisions: chain.decisions } : {}),
    ...(input.answers ? { answers: input.answers } : {}),
  });
  return describeComposition(chain?.code ?? null, composed, applicability);
}
