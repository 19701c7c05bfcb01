/** The generated process graph as moddle BPMN definitions, with diagram interchange from a layout. */
import type { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from '../moddle-types';
import { YILIAN_NS_URI } from '../yilian-extension';
import type { Layout } from './layered-layout';
import type { GraphNode, GraphNodeKind, ProcessGraph } from './process-graph';

/** bpmn-js's default sizes. */
export const SHAPE_SIZE: Readonly<Record<GraphNodeKind, { width: number; height: number }>> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  userTask: { width: 100, height: 80 },
  parallel: { width: 50, height: 50 },
  inclusive: { width: 50, height: 50 },
  exclusive: { width: 50, height: 50 },
};

const TYPE: Readonly<Record<GraphNodeKind, string>> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  userTask: 'bpmn:UserTask',
  parallel: 'bpmn:ParallelGateway',
  inclusive: 'bpmn:InclusiveGateway',
  exclusive: 'bpmn:ExclusiveGateway',
};

/** An XML ID from a chain code (letters, digits, `-`, `_`, `.`; never starting with a digit). */
export const idPart = (code: string): string => code.replace(/[^A-Za-z0-9_.-]/g, '_');

function yilianAttrs(node: GraphNode): Record<string, string> {
  const task = node.task;
  if (!task) return {};
  const attrs: Record<string, string> = {};
  if (task.matter !== undefined) attrs['yilian:matter'] = task.matter;
  if (task.step !== undefined) attrs['yilian:step'] = task.step;
  if (task.department !== undefined) attrs['yilian:department'] = task.department;
  attrs['yilian:role'] = task.role;
  if (task.timeLimit !== undefined) attrs['yilian:timeLimit'] = String(task.timeLimit);
  return attrs;
}

/** Definitions with one executable process and one diagram; every flow node lists its incoming/outgoing flows. */
export function buildDefinitions(
  moddle: BpmnModdle,
  chain: { code: string; name: string },
  graph: ProcessGraph,
  layout: Layout,
): ModdleElement {
  const key = idPart(chain.code);
  const elements = new Map<string, ModdleElement>();
  for (const node of graph.nodes) {
    elements.set(node.id, moddle.create(TYPE[node.kind], { id: node.id, name: node.name, ...yilianAttrs(node) }));
  }
  const flows = graph.flows.map((flow) => {
    const source = elements.get(flow.source)!;
    const target = elements.get(flow.target)!;
    const element = moddle.create('bpmn:SequenceFlow', {
      id: flow.id,
      ...(flow.name !== undefined ? { name: flow.name } : {}),
      sourceRef: source,
      targetRef: target,
      ...(flow.condition !== undefined
        ? { conditionExpression: moddle.create('bpmn:FormalExpression', { body: flow.condition }) }
        : {}),
    });
    (source.get('outgoing') as ModdleElement[]).push(element);
    (target.get('incoming') as ModdleElement[]).push(element);
    return element;
  });
  for (const node of graph.nodes) {
    if (node.defaultFlow) elements.get(node.id)!.set('default', flows.find((f) => f.id === node.defaultFlow));
  }
  const process = moddle.create('bpmn:Process', {
    id: `Process_${key}`,
    name: chain.name,
    isExecutable: true,
    flowElements: [...elements.values(), ...flows],
  });
  for (const element of [...elements.values(), ...flows]) element.$parent = process;

  const planeElements: ModdleElement[] = [];
  for (const node of graph.nodes) {
    const bounds = layout.shapes.get(node.id)!;
    planeElements.push(
      moddle.create('bpmndi:BPMNShape', {
        id: `${node.id}_di`,
        bpmnElement: elements.get(node.id),
        bounds: moddle.create('dc:Bounds', { ...bounds }),
        ...(node.kind === 'exclusive' ? { isMarkerVisible: true } : {}),
      }),
    );
  }
  for (const flow of flows) {
    const label = layout.labels.get(flow.id!);
    planeElements.push(
      moddle.create('bpmndi:BPMNEdge', {
        id: `${flow.id}_di`,
        bpmnElement: flow,
        waypoint: layout.edges.get(flow.id!)!.map((p) => moddle.create('dc:Point', { ...p })),
        ...(label ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: moddle.create('dc:Bounds', { ...label }) }) } : {}),
      }),
    );
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${key}`, bpmnElement: process, planeElement: planeElements });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${key}`, name: chain.name, plane });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${key}`,
    targetNamespace: `${YILIAN_NS_URI}/chains/${key}`,
    exporter: 'Yilian',
    exporterVersion: '1.0',
    rootElements: [process],
    diagrams: [diagram],
  });
  process.$parent = definitions;
  return definitions;
}
