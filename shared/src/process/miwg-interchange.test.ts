/**
 * Interchange over every OMG BPMN MIWG reference model in shared/fixtures/bpmn-miwg: import the
 * uploaded bytes, export, import again — the same semantic elements and the same diagram interchange.
 */
import { describe, expect, it } from 'vitest';
import { serializeBpmn } from './bpmn-moddle';
import { isModdleElement, one, type ModdleElement } from './moddle-types';
import { parseBpmn } from './parse-bpmn';

/** A file URL (WHATWG URL, reached without DOM or Node types). */
type FileUrl = object;
const Url = (globalThis as unknown as { URL: new (path: string, base: string | FileUrl) => FileUrl }).URL;

interface Files {
  readdirSync(path: FileUrl): string[];
  readFileSync(path: FileUrl): Uint8Array;
}

/** node:fs, imported at run time (shared's type program has no Node types; tests run under Node). */
async function files(): Promise<Files> {
  const specifier = 'node:fs';
  return (await import(/* @vite-ignore */ specifier)) as Files;
}

const TextDecoder = (globalThis as unknown as { TextDecoder: new () => { decode(bytes: Uint8Array): string } }).TextDecoder;

const DIRECTORY = new Url('../../fixtures/bpmn-miwg/', (import.meta as unknown as { url: string }).url);

type Descriptor = { isGeneric?: boolean; properties: Array<{ name: string; isAttr?: boolean; isReference?: boolean; type: string }> };
const SIMPLE = new Set(['String', 'Boolean', 'Integer', 'Real']);

/** Every element contained in the tree (references are not followed), depth first. */
function contained(root: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const visit = (element: ModdleElement) => {
    out.push(element);
    const descriptor = (element as unknown as { $descriptor: Descriptor }).$descriptor;
    if (descriptor.isGeneric) return;
    for (const property of descriptor.properties) {
      if (property.isAttr || property.isReference || SIMPLE.has(property.type)) continue;
      const value = element.get(property.name);
      for (const child of Array.isArray(value) ? value : [value]) if (isModdleElement(child)) visit(child);
    }
  };
  visit(root);
  return out;
}

const isDi = (element: ModdleElement) => /^(bpmndi|dc|di):/.test(element.$type);
const bounds = (element: ModdleElement | undefined) =>
  element ? ['x', 'y', 'width', 'height'].map((k) => element.get(k)).join(',') : '-';

/** ids, types, names, and the source/target of connecting elements. */
function semantics(definitions: ModdleElement): string[] {
  return contained(definitions)
    .filter((e) => !isDi(e) && (e.id !== undefined || !e.$type.startsWith('bpmn:')))
    .map((e) => {
      const source = one(e, 'sourceRef')?.id;
      const target = one(e, 'targetRef')?.id;
      const ends = source !== undefined || target !== undefined ? ` ${source} → ${target}` : '';
      return `${e.$type} ${e.id} «${e.name ?? ''}»${ends}`;
    });
}

/** Shape bounds (and label bounds), edge waypoints, per diagram element. */
function diagramInterchange(definitions: ModdleElement): string[] {
  return contained(definitions)
    .filter((e) => e.$type === 'bpmndi:BPMNShape' || e.$type === 'bpmndi:BPMNEdge' || e.$type === 'bpmndi:BPMNPlane')
    .map((e) => {
      const element = one(e, 'bpmnElement')?.id;
      const label = bounds(one(one(e, 'label') ?? e, 'bounds'));
      if (e.$type === 'bpmndi:BPMNShape') return `shape ${e.id} ${element} ${bounds(one(e, 'bounds'))} label ${label}`;
      if (e.$type === 'bpmndi:BPMNPlane') return `plane ${e.id} ${element}`;
      const waypoints = (e.get('waypoint') as ModdleElement[]).map((p) => `${p.get('x')},${p.get('y')}`).join(' ');
      return `edge ${e.id} ${element} ${waypoints} label ${label}`;
    });
}

describe('MIWG reference models round trip through bpmn-moddle', async () => {
  const fs = await files();
  const names = fs.readdirSync(DIRECTORY).filter((name) => name.endsWith('.bpmn')).sort();

  it('covers the twelve reference models', () => {
    expect(names).toEqual([
      'A.1.0.bpmn', 'A.2.0.bpmn', 'A.2.1.bpmn', 'A.3.0.bpmn', 'A.4.0.bpmn', 'A.4.1.bpmn',
      'B.1.0.bpmn', 'B.2.0.bpmn', 'C.1.0.bpmn', 'C.1.1.bpmn', 'C.2.0.bpmn', 'C.3.0.bpmn',
    ]);
  });

  it.each(names)('%s: import, export, re-import keeps semantics and diagram interchange', async (name) => {
    // given the file as uploaded
    const bytes = fs.readFileSync(new Url(name, DIRECTORY));

    // when
    const imported = await parseBpmn(bytes);
    if (!imported.ok) throw new Error(`${name}: ${imported.message}`);
    const exported = await serializeBpmn(imported.definitions);
    const reimported = await parseBpmn(exported);
    if (!reimported.ok) throw new Error(`${name} (re-import): ${reimported.message}`);

    // then nothing of the file was lost on the first import
    const text = new TextDecoder().decode(bytes);
    const idsInFile = [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const idsRead = new Set(contained(imported.definitions).map((e) => e.id));
    expect(idsInFile.filter((id) => !idsRead.has(id))).toEqual([]);
    // and the round trip changes nothing
    expect(imported.warnings).toEqual([]);
    expect(reimported.warnings).toEqual([]);
    const before = semantics(imported.definitions);
    expect(before.length).toBeGreaterThan(5);
    expect(semantics(reimported.definitions)).toEqual(before);
    const drawn = diagramInterchange(imported.definitions);
    expect(drawn.filter((line) => line.startsWith('shape')).length).toBeGreaterThan(3);
    expect(diagramInterchange(reimported.definitions)).toEqual(drawn);
    expect(imported.diagrams.length).toBeGreaterThan(0);
    expect(await serializeBpmn(reimported.definitions)).toBe(exported);
  });
});
