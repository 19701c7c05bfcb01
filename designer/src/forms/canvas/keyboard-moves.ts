/**
 * The keyboard path beside every drag (WCAG 2.5.7): move up, down, into the container above, out of
 * the container. Each plans through planDrop, so a key press obeys exactly the rules of a drop.
 */
import { childrenAt, itemAt, type FormModel, type ItemPath } from '../model/form-model';
import { isContainer } from '../model/form-rows';
import { planDrop, type DropPlan } from './drop-rules';

export type KeyboardMove = 'up' | 'down' | 'into' | 'out';

/** Refusals of the keyboard path beyond those of a drop (i18n keys under `forms.drop`). */
export type EdgeRefusal = 'atStart' | 'atEnd' | 'noContainerAbove' | 'atTop';

export type MovePlan = DropPlan | { ok: false; reason: EdgeRefusal };

/** Plans moving the item at `path` one step in `direction`. */
export function planKeyboardMove(model: FormModel, path: ItemPath, direction: KeyboardMove): MovePlan {
  const parent = path.slice(0, -1);
  const siblings = childrenAt(model, parent) ?? [];
  const index = siblings.findIndex((i) => i.name === path.at(-1));
  if (index < 0) return { ok: false, reason: 'missing' };
  const source = { kind: 'item' as const, path };
  switch (direction) {
    case 'up':
      if (index === 0) return { ok: false, reason: 'atStart' };
      return planDrop(model, source, { path: [...parent, siblings[index - 1]!.name], zone: 'before' });
    case 'down':
      if (index === siblings.length - 1) return { ok: false, reason: 'atEnd' };
      return planDrop(model, source, { path: [...parent, siblings[index + 1]!.name], zone: 'after' });
    case 'into': {
      const above = siblings[index - 1];
      if (!above || !isContainer(above)) return { ok: false, reason: 'noContainerAbove' };
      const abovePath = [...parent, above.name];
      // Into a Steps block means into its last step.
      const lastStep = above.props['x-component'] === 'Steps' && itemAt(model, path)?.props['x-component'] !== 'Step' ? above.children.at(-1) : undefined;
      return planDrop(model, source, { path: lastStep ? [...abovePath, lastStep.name] : abovePath, zone: 'inside' });
    }
    case 'out': {
      if (parent.length === 0) return { ok: false, reason: 'atTop' };
      // Out of a step means out of its Steps block (a Steps block holds steps only).
      const outOfStep = itemAt(model, parent)?.props['x-component'] === 'Step' && parent.length >= 2;
      return planDrop(model, source, { path: outOfStep ? parent.slice(0, -1) : parent, zone: 'after' });
    }
  }
}
