/**
 * Catalog-level checks for administrators: where departments' exports disagree with each other
 * (the conflicts chains will meet) or break the domain's writing rules.
 */
import { type DefinitionAspect, DEFINITION_ASPECT_TEXT, differingAspects } from './field-definition';
import { isForbiddenNoFee, NO_FEE } from './fee';
import type { MessageParam } from '../messages';
import type { DataElement, Field, Matter } from './types';

/** What a finding is about. */
export type CatalogFindingKind =
  | 'field-definition'
  | 'data-element-definition'
  | 'material-name'
  | 'promised-exceeds-legal'
  | 'fee-wording';

/**
 * One finding: what, in which matters, and the field key or material code concerned. `kind` is the
 * message's code and `params` its values (apps translate them); `message` is the zh-CN text.
 */
export interface CatalogFinding {
  kind: CatalogFindingKind;
  message: string;
  matterCodes: string[];
  key?: string;
  code?: string;
  /**
   * field-definition: key, aspects (DefinitionAspect codes), matters and types (each matter's type, when the types differ);
   * data-element-definition: key, aspects; material-name: code, names, nameMatters (each name's matter codes, comma-separated);
   * promised-exceeds-legal: matter (its name), promised, legal; fee-wording: matter, fee (the right wording).
   * Every finding: matterNames, the name of each of `matterCodes` (same order), so apps show names with the codes.
   */
  params: Record<string, MessageParam>;
}

const list = (value: MessageParam | undefined): string[] => (Array.isArray(value) ? value : []);

/** The zh-CN text of a catalog finding (the `message` it carries). */
export function catalogFindingZh(kind: CatalogFindingKind, p: Readonly<Record<string, MessageParam>>): string {
  switch (kind) {
    case 'field-definition': {
      const types = list(p.types);
      const detail = types.length ? `（${list(p.matters).map((code, i) => `${code}：${types[i] ?? ''}`).join('，')}）` : '';
      return `字段 ${String(p.key)} 在各事项中定义不一致：${aspectsText(list(p.aspects) as DefinitionAspect[])}${detail}`;
    }
    case 'data-element-definition':
      return `字段 ${String(p.key)} 与数据元定义不一致：${aspectsText(list(p.aspects) as DefinitionAspect[])}`;
    case 'material-name': {
      const matters = list(p.nameMatters);
      const detail = list(p.names).map((name, i) => `“${name}”（${(matters[i] ?? '').split(',').join('、')}）`);
      return `材料 ${String(p.code)} 在各事项中名称不一致：${detail.join('；')}`;
    }
    case 'promised-exceeds-legal':
      return `${String(p.matter)}：承诺时限 ${String(p.promised)} 天超过法定时限 ${String(p.legal)} 天`;
    case 'fee-wording':
      return `${String(p.matter)}：收费写作“无”，应写“${String(p.fee)}”`;
  }
}

/** A finding with its zh-CN message rendered from its params, and the names of its matters. */
function finding(
  kind: CatalogFindingKind,
  params: Record<string, MessageParam>,
  rest: Pick<CatalogFinding, 'matterCodes' | 'key' | 'code'>,
  names: ReadonlyMap<string, string>,
): CatalogFinding {
  const matterNames = rest.matterCodes.map((code) => names.get(code) ?? code);
  return { kind, message: catalogFindingZh(kind, params), ...rest, params: { ...params, matterNames } };
}

/** Groups values by an id, keeping first-seen order. */
function groupBy<T>(items: Iterable<T>, idOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = idOf(item);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

function* fieldUses(matters: readonly Matter[]) {
  for (const matter of matters) for (const field of matter.fields) yield { matter, field };
}

function* materialUses(matters: readonly Matter[]) {
  for (const matter of matters) for (const material of matter.materials) yield { matter, material };
}

const aspectsText = (aspects: readonly DefinitionAspect[]) =>
  aspects.map((aspect) => DEFINITION_ASPECT_TEXT[aspect]).join('；');

/** Every disagreement across the given matters (and against the data element dictionary, if any). */
export function catalogChecks(matters: readonly Matter[], dataElements?: readonly DataElement[]): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  const matterNameOf = new Map(matters.map((matter) => [matter.code, matter.name]));
  for (const [key, uses] of groupBy(fieldUses(matters), (use) => use.field.key)) {
    const aspects = differingAspects(uses.map((use) => use.field));
    if (aspects.length === 0) continue;
    const matterCodes = uses.map((use) => use.matter.code);
    const types = aspects.includes('type') ? uses.map((use) => use.field.type) : [];
    findings.push(finding('field-definition', { key, aspects, matters: types.length ? matterCodes : [], types }, { matterCodes, key }, matterNameOf));
  }
  const dictionary = new Map((dataElements ?? []).map((element): [string, Field] => [element.key, element]));
  for (const [key, uses] of groupBy(fieldUses(matters), (use) => use.field.key)) {
    const element = dictionary.get(key);
    if (!element) continue;
    const differing = uses.filter((use) => differingAspects([element, use.field]).length > 0);
    if (differing.length === 0) continue;
    const aspects = differingAspects([element, ...differing.map((use) => use.field)]);
    findings.push(finding('data-element-definition', { key, aspects }, { matterCodes: differing.map((use) => use.matter.code), key }, matterNameOf));
  }
  for (const [code, uses] of groupBy(materialUses(matters), (use) => use.material.code)) {
    const byName = groupBy(uses, (use) => use.material.name);
    if (byName.size < 2) continue;
    const names = [...byName.keys()];
    const nameMatters = [...byName.values()].map((named) => named.map((use) => use.matter.code).join(','));
    findings.push(finding('material-name', { code, names, nameMatters }, { matterCodes: uses.map((use) => use.matter.code), code }, matterNameOf));
  }
  for (const matter of matters) {
    if (matter.promisedLimitDays > matter.legalLimitDays) {
      const params = { matter: matter.name, promised: matter.promisedLimitDays, legal: matter.legalLimitDays };
      findings.push(finding('promised-exceeds-legal', params, { matterCodes: [matter.code] }, matterNameOf));
    }
    if (isForbiddenNoFee(matter.fee)) {
      findings.push(finding('fee-wording', { matter: matter.name, fee: NO_FEE }, { matterCodes: [matter.code] }, matterNameOf));
    }
  }
  return findings;
}
