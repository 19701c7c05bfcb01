/**
 * The chain's process document (一组流程): the saved BPMN 2.0 XML, or the one generated from the
 * chain while none is saved, with its lint (bpmnlint recommended + our yilian rules).
 */
import {
  formFieldKeys, generateProcess, lintProcess, parseBpmn, processKnownKeys,
  type ChainProcess, type FormSchema, type LintLocale,
} from '@yilian/shared';
import type { Database, Reader } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError } from '../errors';
import { listDepartments } from '../departments/repository';
import { loadMatters } from './chain-matters';
import { getChain, type ChainRow } from './chain-queries';
import { composeStored } from './chain-views';
import { readChainDocument, saveChainDocument } from './chain-documents';
import { readChainForm } from './chain-form';
import { catalogTenantId } from '../catalog/catalog-tenant';

/** The keys conditions may read and the form's field keys (for field permissions). */
async function lintOptions(db: Reader, auth: AuthState, chain: ChainRow, locale: LintLocale) {
  const { composed } = await composeStored(db, chain);
  const form = await readChainForm(db, auth, chain.id);
  return {
    knownKeys: processKnownKeys(chain.recipe.situations, composed.fields.map((f) => f.key)),
    fieldKeys: formFieldKeys(form.schema as FormSchema),
    locale,
  };
}

/** The process generated from the chain; department names map to the chain tenant's department codes. */
export async function generatedChainProcess(db: Reader, chain: ChainRow, tenantId: string): Promise<string> {
  const codes = new Map((await listDepartments(db, tenantId)).map((d) => [d.name, d.code]));
  const result = await generateProcess({ recipe: chain.recipe, matters: await loadMatters(db, chain.recipe.matters, 'recipe.matters'), departmentCodeOf: (name) => codes.get(name) });
  if (!result.ok) throw new DomainError('invalid', result.error.kind, result.error.message, { path: 'recipe.matters' });
  return result.xml;
}

async function describe(db: Reader, auth: AuthState, chain: ChainRow, xml: string, revision: number, generated: boolean, locale: LintLocale): Promise<ChainProcess> {
  const lint = await lintProcess(xml, await lintOptions(db, auth, chain, locale));
  return { xml, revision, generated, lint };
}

/** GET /api/chains/{id}/process; the lint speaks `locale`. */
export async function readChainProcess(db: Reader, auth: AuthState, idOrCode: string, locale: LintLocale = 'zh-CN'): Promise<ChainProcess> {
  const document = await readChainDocument(db, auth, idOrCode, 'process');
  const chain = await getChain(db, document.chainId);
  if (document.content === null) return describe(db, auth, chain, await generatedChainProcess(db, chain, await catalogTenantId(db)), 0, true, locale);
  return describe(db, auth, chain, document.content, document.revision, false, locale);
}

/**
 * PUT /api/chains/{id}/process: any well-formed BPMN 2.0 (malformed XML, a DOCTYPE or entities,
 * illegal ids → 400 `invalid_bpmn` naming the reason; over 5 MiB → 413), stored as sent (lossless),
 * on `revision`; answers the lint. A draft may keep lint errors (publishing refuses them).
 */
export async function saveChainProcess(db: Database, auth: AuthState, idOrCode: string, xml: string, revision: number, now: Date, locale: LintLocale = 'zh-CN'): Promise<ChainProcess> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) {
    const kind = parsed.reason === 'too_large' ? 'too_large' : 'invalid';
    const details = (parsed.ids ?? []).map((id) => ({ path: `xml#${id}`, message: parsed.message }));
    throw new DomainError(kind, parsed.reason === 'too_large' ? 'payload_too_large' : 'invalid_bpmn', `xml: ${parsed.message}`, { path: 'xml', details: details.length > 0 ? details : undefined });
  }
  const saved = await saveChainDocument(db, auth, idOrCode, 'process', xml, revision, now);
  const chain = await getChain(db.read, saved.chainId);
  return describe(db.read, auth, chain, xml, saved.revision, false, locale);
}
