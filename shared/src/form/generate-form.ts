/**
 * The generated chain form (一表申请): composition → Formily JSON Schema. The applicant's common data
 * (keys two or more matters ask) first, then a section per matter for its own fields, then the
 * materials: one upload per material the applicant supplies (e-licence candidates 免提交, 告知承诺
 * where allowed). Fields of conditional matters get the recipe's FEEL applicability as visibility.
 */
import type { ChainDecisions, ComposedChain, MergedField, MergedMaterial } from '../chain';
import { applySuggestions } from '../chain';
import type { Situation } from '../catalog';
import { fieldNode } from './field-node';
import { asExpression, type FormProblem, type FormReaction, type FormSchema, type FormSchemaNode } from './form-schema';

export interface GenerateFormInput {
  /** The chain composed in the design view (every matter applies), decisions applied. */
  composed: ComposedChain;
  /** FEEL applicability by matter code (absent = always applies). */
  applicability?: Readonly<Record<string, string>>;
  situations?: readonly Situation[];
  /** Matter names by code, for section titles. */
  matterNames: Readonly<Record<string, string>>;
  decisions?: ChainDecisions;
}

export interface GeneratedForm {
  schema: FormSchema;
  /** `unresolved_conflict` per undecided conflicting key (placed once, typed as the merge types it). */
  problems: FormProblem[];
  /** Keys absorbed by accepted merge suggestions → the key that carries their answer. */
  aliases: Record<string, string>;
}

/** Section names (void nodes; never data keys). */
export const COMMON_SECTION = 'section_common';
export const MATERIALS_SECTION = 'section_materials';
export const matterSectionName = (code: string): string => `section_m${code.replace(/\W/g, '_')}`;

/** A material code as a key segment (FEEL names and Formily paths take no hyphens). */
export const materialKeySegment = (code: string): string => code.replace(/\W/g, '_');
export const materialKey = (code: string): string => `materials.${materialKeySegment(code)}`;
export const commitmentKey = (code: string): string => `commitments.${materialKeySegment(code)}`;

/** The FEEL condition under which one of `codes` applies; undefined when one always applies. */
export function anyApplies(codes: readonly string[], applicability: Readonly<Record<string, string>> = {}): string | undefined {
  const conditions = codes.map((code) => applicability[code]);
  if (conditions.length === 0 || conditions.some((c) => c === undefined || c.trim() === '')) return undefined;
  const unique = [...new Set(conditions as string[])];
  return unique.length === 1 ? unique[0] : unique.map((c) => `(${c})`).join(' or ');
}

/** A rule showing the node only while `condition` holds. */
export const visibleWhen = (condition: string): FormReaction => ({
  when: asExpression(condition),
  fulfill: { state: { visible: true } },
  otherwise: { state: { visible: false } },
});

function section(title: string, titleEn: string | undefined, properties: Record<string, FormSchemaNode>, condition?: string): FormSchemaNode {
  return {
    type: 'void',
    title,
    'x-component': 'Section',
    ...(titleEn ? { 'x-i18n': { en: { title: titleEn } } } : {}),
    ...(condition ? { 'x-reactions': [visibleWhen(condition)] } : {}),
    properties,
  };
}

function withRule(node: FormSchemaNode, condition: string | undefined): FormSchemaNode {
  return condition ? { ...node, 'x-reactions': [...(node['x-reactions'] ?? []), visibleWhen(condition)] } : node;
}

function materialNodes(material: MergedMaterial, condition: string | undefined): Record<string, FormSchemaNode> {
  const upload: FormSchemaNode = {
    type: 'array',
    title: material.name,
    'x-decorator': 'FormItem',
    'x-component': 'file',
    'x-component-props': { materialCode: material.code, copies: material.copies, ...(material.eLicenseCandidate ? { eLicense: true } : {}) },
  };
  // An e-licence candidate is fetched from shared data (免提交): asked only as a fallback, never required.
  if (material.required && !material.eLicenseCandidate) upload.required = true;
  if (material.eLicenseCandidate) upload.description = '可免提交：系统将通过电子证照库调取';
  const out: Record<string, FormSchemaNode> = {};
  if (material.commitmentAllowed && material.required && !material.eLicenseCandidate) {
    const commitment = commitmentKey(material.code);
    out[commitment] = withRule({
      type: 'boolean',
      title: `以告知承诺代替提交「${material.name}」`,
      'x-decorator': 'FormItem',
      'x-component': 'boolean',
      'x-i18n': { en: { title: `Sign a commitment instead of submitting "${material.name}"` } },
    }, condition);
    upload['x-reactions'] = [{ when: asExpression(`${commitment} = true`), fulfill: { state: { required: false } }, otherwise: { state: { required: true } } }];
  }
  out[materialKey(material.code)] = withRule(upload, condition);
  return out;
}

/** Generates the chain form from its composition; pure and deterministic. */
export function generateForm(input: GenerateFormInput): GeneratedForm {
  const { composed, applicability = {} } = input;
  const { fields, aliases } = applySuggestions(composed.fields, input.decisions?.suggestions ?? [], composed.matterCodes);
  const common = fields.filter((f) => f.sources.length >= 2);
  const own = (code: string): MergedField[] => fields.filter((f) => f.sources.length === 1 && f.sources[0] === code);

  const properties: Record<string, FormSchemaNode> = {};
  if (common.length > 0) {
    properties[COMMON_SECTION] = section('申请人及共同信息', 'Applicant and shared information', Object.fromEntries(
      common.map((f) => [f.key, withRule(fieldNode(f.definition), anyApplies(f.sources, applicability))]),
    ));
  }
  for (const code of composed.matterCodes) {
    const mine = own(code);
    if (mine.length === 0) continue;
    const title = input.matterNames[code] ?? code;
    properties[matterSectionName(code)] = section(title, undefined, Object.fromEntries(mine.map((f) => [f.key, fieldNode(f.definition)])), anyApplies([code], applicability));
  }
  const asked = composed.materials.filter((m) => m.askApplicant);
  if (asked.length > 0) {
    const nodes = asked.map((m) => materialNodes(m, anyApplies(m.requiredBy, applicability)));
    properties[MATERIALS_SECTION] = section('申请材料', 'Materials', Object.assign({}, ...nodes) as Record<string, FormSchemaNode>);
  }

  const problems: FormProblem[] = composed.conflicts.map((conflict) => ({
    path: conflict.key,
    code: 'unresolved_conflict',
    message: `字段 ${conflict.key} 的定义冲突尚未解决：${conflict.message}`,
    params: { key: conflict.key },
  }));
  return { schema: { type: 'object', properties }, problems, aliases };
}
