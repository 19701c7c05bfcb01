import { buildChecklist, buildServiceGuide, type ServiceGuide } from '@yilian/shared';
import type { Reader } from '../db/database';
import { resolveSettings } from '../settings';
import { loadMatters } from './chain-matters';
import { composeFromCatalog } from './compose';
import type { ChainRow } from './chain-queries';
import { assertSituationAnswers } from './situation-answers';

/** The service guide of a chain for a tenant's window (its settings give the window's contact data). */
export async function chainGuide(db: Reader, chain: ChainRow, tenantId: string, origin: string): Promise<ServiceGuide> {
  const { composed } = await composeFromCatalog(db, {
    matterCodes: chain.recipe.matters, pathPrefix: 'recipe.matters', decisions: chain.decisions,
    ...(chain.recipe.dependsOn ? { dependsOn: chain.recipe.dependsOn } : {}),
  });
  return buildServiceGuide({
    recipe: chain.recipe,
    matters: await loadMatters(db, chain.recipe.matters, 'recipe.matters'),
    composed,
    window: (await resolveSettings(db, tenantId)).effective.window,
    onlineUrl: `${origin}/chains/${encodeURIComponent(chain.code)}/guide`,
  });
}

/** 一次告知: the materials and fields one applicant needs for their situation answers. */
export async function chainChecklist(db: Reader, chain: ChainRow, tenantId: string, answers: Record<string, unknown>) {
  assertSituationAnswers(chain.recipe.situations, answers);
  const { composed, applicability } = await composeFromCatalog(db, {
    matterCodes: chain.recipe.matters, pathPrefix: 'recipe.matters', decisions: chain.decisions, answers,
    ...(chain.recipe.applicability ? { applicability: chain.recipe.applicability } : {}),
    ...(chain.recipe.dependsOn ? { dependsOn: chain.recipe.dependsOn } : {}),
  });
  const guide = buildServiceGuide({
    recipe: chain.recipe, matters: await loadMatters(db, composed.matterCodes), composed,
    window: (await resolveSettings(db, tenantId)).effective.window, onlineUrl: '',
  });
  const names = new Map((await loadMatters(db, chain.recipe.matters)).map((m) => [m.code, m.name]));
  return { ...buildChecklist(composed, guide.materials, names, applicability.excluded), undetermined: applicability.undetermined };
}
