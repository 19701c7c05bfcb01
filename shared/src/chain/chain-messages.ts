/**
 * The chain composer's messages as codes (blockers, conflicts, ignored decisions). Apps render them
 * in their language; `chainMessageZh` gives the zh-CN text the composition's string fields carry.
 */
import { DEFINITION_ASPECT_TEXT, type DefinitionAspect } from '../catalog';
import { coded, type CodedMessage, type MessageParam } from '../messages';
import type { CycleError, FieldConflict } from './types';

/** Every code a chain message can have. */
export const CHAIN_MESSAGE_CODES = [
  /** No matter of the chain applies. */
  'chain_empty',
  /** The matters' order has a cycle: `cycle` (matter codes, handling order, first = last). */
  'dependency_cycle',
  /** A key's variants differ: `label`, `key`, `count` (matters), `aspects` (DefinitionAspect codes). */
  'field_conflict',
  /** The same, as a blocker: it must be resolved before publishing. */
  'field_conflict_unresolved',
  /** A conflict decision names a field its matter does not ask: `matter`, `key`. */
  'decision_stale',
  /** A second pick for a key: `key`, `picked` (the matter already picked), `matter`. */
  'decision_pick_ignored',
  /** A rename onto an existing or empty key: `matter`, `key`, `newKey`. */
  'decision_rename_refused',
] as const;
export type ChainMessageCode = (typeof CHAIN_MESSAGE_CODES)[number];

/** The coded message of a conflicting key. */
export function conflictMessage(conflict: Pick<FieldConflict, 'key' | 'reasons' | 'variants'>): CodedMessage {
  const label = conflict.variants[0]?.field.label ?? conflict.key;
  return coded('field_conflict', { label, key: conflict.key, count: conflict.variants.length, aspects: conflict.reasons });
}

/** The coded message of a cycle in the matters' order. */
export const cycleMessage = (error: Pick<CycleError, 'cycle'>): CodedMessage => coded('dependency_cycle', { cycle: error.cycle });

const text = (value: MessageParam | undefined): string => (Array.isArray(value) ? value.join('、') : String(value ?? ''));
const list = (value: MessageParam | undefined): readonly string[] => (Array.isArray(value) ? value : []);

const aspectsZh = (value: MessageParam | undefined): string =>
  list(value).map((aspect) => DEFINITION_ASPECT_TEXT[aspect as DefinitionAspect] ?? aspect).join('；');

/** The zh-CN text of a chain message (unknown codes give the code itself). */
export function chainMessageZh({ code, params: p }: CodedMessage): string {
  switch (code) {
    case 'chain_empty':
      return '链条中没有可办理的事项';
    case 'dependency_cycle':
      return `事项办理顺序存在循环：${list(p.cycle).join(' → ')}`;
    case 'field_conflict':
      return `字段“${text(p.label)}”（${text(p.key)}）在 ${text(p.count)} 个事项中定义不一致：${aspectsZh(p.aspects)}`;
    case 'field_conflict_unresolved':
      return `${chainMessageZh({ code: 'field_conflict', params: p })}，请选择一个定义或重命名字段`;
    case 'decision_stale':
      return `冲突处理已失效：事项 ${text(p.matter)} 没有字段 ${text(p.key)}`;
    case 'decision_pick_ignored':
      return `字段 ${text(p.key)} 已选定事项 ${text(p.picked)} 的定义，忽略对事项 ${text(p.matter)} 的选择`;
    case 'decision_rename_refused':
      return `无法将事项 ${text(p.matter)} 的字段 ${text(p.key)} 重命名为“${text(p.newKey)}”：该事项已有此字段或名称为空`;
    default:
      return code;
  }
}
