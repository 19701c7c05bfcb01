/** Building the panel's commands (pure): what modeling.updateProperties / updateModdleProperties would run. */
import type { ModdleElement } from '@yilian/shared';
import type { DiagramElement, PropertyCommand } from './panel-types';

/** Properties of the element's business object. */
export function updateProperties(element: DiagramElement, properties: Record<string, unknown>): PropertyCommand {
  return { cmd: 'element.updateProperties', context: { element, properties } };
}

/** Properties of a moddle element below the element (its extension elements, a permission entry…). */
export function updateModdleProperties(element: DiagramElement, moddleElement: ModdleElement, properties: Record<string, unknown>): PropertyCommand {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}

/** An attribute value to write: trimmed text, or undefined (removes the attribute) when empty. */
export const attributeValue = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
