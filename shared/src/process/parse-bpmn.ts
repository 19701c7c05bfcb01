/**
 * Reading a BPMN 2.0 file for the server (and the designer's import): refuses what cannot be
 * imported faithfully, with a zh-CN message naming the cause; accepts any well-formed BPMN 2.0
 * (drafts may have lint errors). Never throws on bad input.
 */
import { bpmnModdle } from './bpmn-moddle';
import { decodeBpmn, MAX_BPMN_BYTES, utf8Length } from './decode-bpmn';
import { is, many, one, type ModdleElement } from './moddle-types';

export type ParseRefusal =
  | 'too_large'
  | 'unsupported_encoding'
  | 'forbidden_dtd'
  | 'malformed_xml'
  | 'not_bpmn'
  | 'invalid_ids'
  | 'duplicate_ids'
  | 'unparsable_content';

/** Something imported with a change or a doubt the user should know about. */
export interface ParseWarning {
  code: 'encoding' | 'documentation_dropped' | 'unresolved_reference' | 'unknown_attribute' | 'plane_repaired' | 'other';
  message: string;
  elementId?: string;
}

/** A diagram the designer can open: its plane shows a process or a collaboration. */
export interface DiagramChoice {
  id: string;
  name: string;
  elementId: string;
  elementType: 'bpmn:Process' | 'bpmn:Collaboration';
}

export type ParseBpmnResult =
  | { ok: true; definitions: ModdleElement; warnings: ParseWarning[]; diagrams: DiagramChoice[] }
  | { ok: false; reason: ParseRefusal; message: string; ids?: string[] };

const refuse = (reason: ParseRefusal, message: string, ids?: string[]): ParseBpmnResult =>
  ids ? { ok: false, reason, message, ids } : { ok: false, reason, message };

/** `line: 3 column: 4` of a moddle message, 1-based for people. */
function positionOf(message: string): { line: number; column: number } | undefined {
  const match = /line: (\d+)\s+column: (\d+)/.exec(message);
  return match ? { line: Number(match[1]) + 1, column: Number(match[2]) + 1 } : undefined;
}

const where = (message: string): string => {
  const position = positionOf(message);
  return position ? `第 ${position.line} 行第 ${position.column} 列` : '';
};

/** Character ranges of `<…:documentation>` bodies, where other modelers put XHTML. */
function documentationRanges(xml: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pattern = /<((?:[\w.-]+:)?documentation)\b[^>]*>([\s\S]*?)<\/\1\s*>/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** The character offset of a moddle warning's 0-based line/column. */
function offsetOf(xml: string, message: string): number | undefined {
  const match = /line: (\d+)\s+column: (\d+)/.exec(message);
  if (!match) return undefined;
  let offset = 0;
  for (let line = Number(match[1]); line > 0; line--) {
    const next = xml.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  return offset + Number(match[2]);
}

interface Classified {
  illegalIds: string[];
  duplicateIds: string[];
  unparsable: string[];
  warnings: ParseWarning[];
}

type ModdleWarning = { message: string; element?: ModdleElement; property?: string; value?: unknown };

function classify(xml: string, raw: readonly ModdleWarning[], fromBytes: boolean): Classified {
  const out: Classified = { illegalIds: [], duplicateIds: [], unparsable: [], warnings: [] };
  const documentation = documentationRanges(xml);
  for (const warning of raw) {
    const message = warning.message;
    const nested = /nested error: (.*)$/m.exec(message)?.[1] ?? message;
    const illegal = /illegal ID <([^>]*)>/.exec(nested);
    const duplicate = /duplicate ID <([^>]*)>/.exec(nested);
    const encoding = /unsupported document encoding <([^>]*)>/.exec(message);
    const unresolved = /unresolved reference <([^>]*)>/.exec(message);
    const unknownAttribute = /unknown attribute <([^>]*)>/.exec(message);
    if (illegal) out.illegalIds.push(illegal[1]!);
    else if (duplicate) out.duplicateIds.push(duplicate[1]!);
    else if (encoding) {
      if (!fromBytes) {
        out.warnings.push({ code: 'encoding', message: `文件声明编码 ${encoding[1]}，已按 UTF-8 读取；如有乱码请上传原始文件` });
      }
    } else if (unresolved) {
      const elementId = warning.element?.id;
      out.warnings.push({
        code: 'unresolved_reference',
        message: `元素 ${elementId ?? '（无 ID）'} 的 ${warning.property ?? '引用'} 指向不存在的「${unresolved[1]}」，该引用已忽略`,
        ...(elementId ? { elementId } : {}),
      });
    } else if (unknownAttribute) {
      const elementId = warning.element?.id;
      out.warnings.push({
        code: 'unknown_attribute',
        message: `元素 ${elementId ?? '（无 ID）'} 的属性 ${unknownAttribute[1]} 不属于该元素类型，已原样保留`,
        ...(elementId ? { elementId } : {}),
      });
    } else if (message.startsWith('unparsable content')) {
      const offset = offsetOf(xml, message);
      const tag = /unparsable content (\S+)/.exec(message)?.[1] ?? '';
      const inDocumentation = offset !== undefined && documentation.some(([from, to]) => offset > from && offset < to);
      if (inDocumentation && nested.startsWith('unrecognized element')) {
        out.warnings.push({ code: 'documentation_dropped', message: `文档说明中的外部元素 ${tag}（${where(message)}）及其内容已丢弃，只保留文字` });
      } else {
        out.unparsable.push(`${tag} ${where(message)}（${nested}）`.trim());
      }
    } else {
      out.warnings.push({ code: 'other', message: `读取时的提示：${message}` });
    }
  }
  return out;
}

/**
 * Aims diagram planes that point at the definitions (or nowhere) at the first process or
 * collaboration, as bpmn-js would on import, and lists the diagrams a user can open.
 */
function repairAndListDiagrams(definitions: ModdleElement, warnings: ParseWarning[]): DiagramChoice[] {
  const candidate = many(definitions, 'rootElements').find((root) => is(root, 'bpmn:Process') || is(root, 'bpmn:Collaboration'));
  const choices: DiagramChoice[] = [];
  for (const diagram of many(definitions, 'diagrams')) {
    const plane = one(diagram, 'plane');
    if (!plane) continue;
    const shown = one(plane, 'bpmnElement');
    if ((!shown || is(shown, 'bpmn:Definitions')) && candidate) {
      plane.set('bpmnElement', candidate);
      warnings.push({
        code: 'plane_repaired',
        message: `图 ${diagram.id ?? ''} 的画布${shown ? '指向整个定义' : '未指定流程'}，已改为显示 ${candidate.id ?? ''}`,
        ...(diagram.id ? { elementId: diagram.id } : {}),
      });
    }
    const element = one(plane, 'bpmnElement');
    if (element && (is(element, 'bpmn:Process') || is(element, 'bpmn:Collaboration'))) {
      choices.push({
        id: diagram.id ?? '',
        name: typeof diagram.name === 'string' && diagram.name !== '' ? diagram.name : (element.name ?? element.id ?? ''),
        elementId: element.id ?? '',
        elementType: is(element, 'bpmn:Collaboration') ? 'bpmn:Collaboration' : 'bpmn:Process',
      });
    }
  }
  return choices;
}

const listed = (ids: readonly string[]): string => [...new Set(ids)].map((id) => `「${id}」`).join('、');

/**
 * Parses a BPMN 2.0 file: the text, or the uploaded bytes (decoded by their declared encoding).
 * Refuses files over 5 MiB, DOCTYPE/entity declarations, malformed XML, non-BPMN documents, IDs
 * that are not XML IDs or repeat, and content moddle cannot read (each named).
 */
export async function parseBpmn(input: string | Uint8Array): Promise<ParseBpmnResult> {
  const size = typeof input === 'string' ? (input.length > MAX_BPMN_BYTES ? input.length : utf8Length(input, MAX_BPMN_BYTES)) : input.length;
  if (size > MAX_BPMN_BYTES) return refuse('too_large', `文件超过 ${MAX_BPMN_BYTES / 1024 / 1024} MiB 上限`);
  let xml: string;
  if (typeof input === 'string') {
    xml = input.replace(/^\uFEFF/, '');
  } else {
    const decoded = decodeBpmn(input);
    if (!decoded.ok) return refuse(decoded.reason, decoded.message);
    xml = decoded.xml;
  }
  // Checked on the raw text, before any parser sees it: no DTD, hence no (external) entities.
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    return refuse('forbidden_dtd', '文件包含 DOCTYPE 或实体声明，出于安全原因不予导入');
  }
  let parsed: Awaited<ReturnType<ReturnType<typeof bpmnModdle>['fromXML']>>;
  try {
    parsed = await bpmnModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/failed to parse document as <bpmn:Definitions>/.test(message)) {
      return refuse('not_bpmn', '文件不是 BPMN 2.0 文档：根元素应为 bpmn:definitions（命名空间 http://www.omg.org/spec/BPMN/20100524/MODEL）');
    }
    const nested = /nested error: (.*)$/m.exec(message)?.[1];
    return refuse('malformed_xml', `XML 格式错误${where(message) ? `（${where(message)}）` : ''}：${nested ?? message}`);
  }
  const { illegalIds, duplicateIds, unparsable, warnings } = classify(xml, parsed.warnings, typeof input !== 'string');
  if (illegalIds.length > 0) {
    return refuse('invalid_ids', `以下 ID 不是合法的 XML ID（须以字母或下划线开头，只含字母、数字、-、_、.）：${listed(illegalIds)}`, [...new Set(illegalIds)]);
  }
  if (duplicateIds.length > 0) {
    return refuse('duplicate_ids', `以下 ID 重复出现：${listed(duplicateIds)}`, [...new Set(duplicateIds)]);
  }
  if (unparsable.length > 0) {
    return refuse('unparsable_content', `以下内容无法识别，导入会丢失：${unparsable.join('；')}`);
  }
  const definitions = parsed.rootElement;
  const diagrams = repairAndListDiagrams(definitions, warnings);
  return { ok: true, definitions, warnings, diagrams };
}
