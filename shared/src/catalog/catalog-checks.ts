/**
 * Catalog-level checks for administrators: where departments' exports disagree with each other
 * (the conflicts chains will meet) or break the domain's writing rules.
 */
import { type DefinitionAspect, DEFINITION_ASPECT_TEXT, differingAspects } from './field-definition';
import { isForbiddenNoFee, NO_FEE } from './fee';
import type { DataElement, Field, Matter } from './types';

/** What a finding is about. */
export type CatalogFindingKind =
  | 'field-definition'
  | 'data-element-definition'
  | 'material-name'
  | 'promised-exceeds-legal'
  | 'fee-wording';

/** One finding: what, in which matters, and the field key or material code concerned. */
export interface CatalogFinding {
  kind: CatalogFindingKind;
  message: string;
  matterCodes: string[];
  key?: string;
  code?: string;
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
  for (const [key, uses] of groupBy(fieldUses(matters), (use) => use.field.key)) {
    const aspects = differingAspects(uses.map((use) => use.field));
    if (aspects.length === 0) continue;
    const types = aspects.includes('type')
      ? `（${uses.map((use) => `${use.matter.code}：${use.field.type}`).join('，')}）`
      : '';
    findings.push({
      kind: 'field-definition',
      message: `字段 ${key} 在各事项中定义不一致：${aspectsText(aspects)}${types}`,
      matterCodes: uses.map((use) => use.matter.code),
      key,
    });
  }
  const dictionary = new Map((dataElements ?? []).map((element): [string, Field] => [element.key, element]));
  for (const [key, uses] of groupBy(fieldUses(matters), (use) => use.field.key)) {
    const element = dictionary.get(key);
    if (!element) continue;
    const differing = uses.filter((use) => differingAspects([element, use.field]).length > 0);
    if (differing.length === 0) continue;
    const aspects = differingAspects([element, ...differing.map((use) => use.field)]);
    findings.push({
      kind: 'data-element-definition',
      message: `字段 ${key} 与数据元定义不一致：${aspectsText(aspects)}`,
      matterCodes: differing.map((use) => use.matter.code),
      key,
    });
  }
  for (const [code, uses] of groupBy(materialUses(matters), (use) => use.material.code)) {
    const byName = groupBy(uses, (use) => use.material.name);
    if (byName.size < 2) continue;
    const detail = [...byName].map(([name, named]) => `“${name}”（${named.map((use) => use.matter.code).join('、')}）`);
    findings.push({
      kind: 'material-name',
      message: `材料 ${code} 在各事项中名称不一致：${detail.join('；')}`,
      matterCodes: uses.map((use) => use.matter.code),
      code,
    });
  }
  for (const matter of matters) {
    if (matter.promisedLimitDays > matter.legalLimitDays) {
      findings.push({
        kind: 'promised-exceeds-legal',
        message: `${matter.name}：承诺时限 ${matter.promisedLimitDays} 天超过法定时限 ${matter.legalLimitDays} 天`,
        matterCodes: [matter.code],
      });
    }
    if (isForbiddenNoFee(matter.fee)) {
      findings.push({
        kind: 'fee-wording',
        message: `${matter.name}：收费写作“无”，应写“${NO_FEE}”`,
        matterCodes: [matter.code],
      });
    }
  }
  return findings;
}
