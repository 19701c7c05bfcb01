/** Whether an item may take a new name: a field key is dotted identifiers, unique in the form; a layout name one identifier. */
import { FIELD_KEY, forbiddenSegment } from '@yilian/shared';
import { fieldPaths, siblingsOf, type FormModel, type ItemPath } from '../model/form-model';

const LAYOUT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why `name` is refused for the item at `path` (an i18n key under `forms.properties.keyErrors`), or null. */
export function renameRefusal(model: FormModel, path: ItemPath, name: string, layout: boolean, column: boolean): 'format' | 'taken' | null {
  if (!(layout ? LAYOUT_NAME : FIELD_KEY).test(name) || forbiddenSegment(name) !== undefined) return 'format';
  const siblings = siblingsOf(model, path) ?? [];
  if (siblings.some((i) => i.name === name && i.name !== path.at(-1))) return 'taken';
  if (!layout && !column && fieldPaths(model).some((f) => f.key === name)) return 'taken';
  return null;
}
