/** One moddle for the server and the pure core: BPMN 2.0 (+ DI, colors) with the `yilian` extension. */
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from './moddle-types';
import { yilianModdleDescriptor } from './yilian-extension';

let shared: BpmnModdle | undefined;

/**
 * A new BpmnModdle that knows the yilian extension (bpmn-js gets the same descriptor as
 * `moddleExtensions`). Moddle normalises the descriptors it registers in place, so it gets a copy.
 */
export function createBpmnModdle(): BpmnModdle {
  return new BpmnModdle({ yilian: JSON.parse(JSON.stringify(yilianModdleDescriptor)) as unknown });
}

/** The module's moddle (stateless between calls: each fromXML/toXML has its own context). */
export function bpmnModdle(): BpmnModdle {
  shared ??= createBpmnModdle();
  return shared;
}

/** BPMN 2.0 XML of a definitions element, indented, with the UTF-8 preamble. */
export async function serializeBpmn(definitions: ModdleElement): Promise<string> {
  const { xml } = await bpmnModdle().toXML(definitions, { format: true });
  return xml;
}
