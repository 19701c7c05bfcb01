/**
 * `v-field-aria`: puts a field's accessible name, description, invalid and required state on the
 * focusable element inside an Element Plus input (they route some attributes to a wrapper, not to
 * the native input). Applied on mount and after every update of the input component.
 */
import type { Directive } from 'vue';

export interface FieldAria {
  /** Id of the focusable element; set on the first input when the component has no id prop. */
  id: string;
  labelledBy?: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

const FOCUSABLE = 'input:not([type="hidden"]), textarea, [role="combobox"], [role="radiogroup"], button';

function set(el: Element, name: string, value: string | undefined): void {
  if (value === undefined || value === '') el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function apply(el: HTMLElement, aria: FieldAria): void {
  const target = el.id === aria.id ? el : (el.querySelector(`[id="${aria.id}"]`) ?? el.querySelector(FOCUSABLE));
  if (!target) return;
  if (!target.id) target.id = aria.id;
  set(target, 'aria-labelledby', aria.labelledBy);
  set(target, 'aria-describedby', aria.describedBy);
  set(target, 'aria-invalid', aria.invalid ? 'true' : undefined);
  set(target, 'aria-required', aria.required ? 'true' : undefined);
}

export const vFieldAria: Directive<HTMLElement, FieldAria> = {
  mounted: (el, binding) => apply(el, binding.value),
  updated: (el, binding) => apply(el, binding.value),
};

/** Focuses a field by its input id: the element itself when focusable, else its first focusable descendant. */
export function focusField(id: string, root: ParentNode = document): boolean {
  const el = root.querySelector<HTMLElement>(`[id="${id}"]`);
  if (!el) return false;
  const focusable = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea, button, [tabindex]');
  (focusable ?? el).focus();
  return true;
}
