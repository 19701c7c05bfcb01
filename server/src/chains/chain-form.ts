/**
 * The chain's form document (一表申请): the saved Formily JSON Schema, or the generated one while none
 * is saved, with what the composition says about it (unplaced keys, publishing problems).
 */
import { checkFormSchema, formKnownKeys, formStatus, generateForm, type ChainForm, type FormSchema } from '@yilian/shared';
import type { Database, Reader } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError } from '../errors';
import { loadMatters } from './chain-matters';
import { getChain, type ChainRow } from './chain-queries';
import { composeStored } from './chain-views';
import { readChainDocument, saveChainDocument } from './chain-documents';

/** Problems a draft may keep (they block publishing, not saving): unknown keys in rules. */
const SAVE_TOLERATED = new Set(['unknown_key']);

async function describe(db: Reader, chain: ChainRow, schema: FormSchema, revision: number, generated: boolean): Promise<ChainForm> {
  const { composed } = await composeStored(db, chain);
  const status = formStatus(schema, composed, chain.recipe.situations, chain.decisions);
  return { schema: { ...schema }, revision, generated, unplaced: status.unplaced, problems: status.problems };
}

/** The generated form of a chain (design view: every matter applies). */
export async function generatedChainForm(db: Reader, chain: ChainRow): Promise<FormSchema> {
  const { composed } = await composeStored(db, chain);
  const matterNames = Object.fromEntries((await loadMatters(db, chain.recipe.matters)).map((m) => [m.code, m.name]));
  return generateForm({
    composed, matterNames, situations: chain.recipe.situations, decisions: chain.decisions,
    ...(chain.recipe.applicability ? { applicability: chain.recipe.applicability } : {}),
  }).schema;
}

/** GET /api/chains/{id}/form. */
export async function readChainForm(db: Reader, auth: AuthState, idOrCode: string): Promise<ChainForm> {
  const document = await readChainDocument(db, auth, idOrCode, 'form');
  const chain = await getChain(db, document.chainId);
  if (document.content === null) return describe(db, chain, await generatedChainForm(db, chain), 0, true);
  return describe(db, chain, document.content as unknown as FormSchema, document.revision, false);
}

/**
 * PUT /api/chains/{id}/form: checks the schema (a component, property or expression we do not
 * support → 400 naming `schema.<path>`, every problem in details), then saves it on `revision`.
 */
export async function saveChainForm(db: Database, auth: AuthState, idOrCode: string, schema: Record<string, unknown>, revision: number, now: Date): Promise<ChainForm> {
  const current = await readChainDocument(db.read, auth, idOrCode, 'form');
  const chain = await getChain(db.read, current.chainId);
  const { composed } = await composeStored(db.read, chain);
  const known = formKnownKeys(chain.recipe.situations, composed.fields.map((f) => f.key), schema as unknown as FormSchema);
  const refused = checkFormSchema(schema, known).filter((p) => !SAVE_TOLERATED.has(p.code));
  if (refused.length > 0) {
    const details = refused.map((p) => ({ path: `schema.${p.path}`, message: p.message }));
    throw new DomainError('invalid', refused[0]!.code, details[0]!.message, { path: details[0]!.path, details });
  }
  const saved = await saveChainDocument(db, auth, chain.id, 'form', schema, revision, now);
  return describe(db.read, chain, saved.content as unknown as FormSchema, saved.revision, false);
}
