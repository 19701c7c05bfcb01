// The edit form's state for a matter's standard elements, and how it maps back to the matter JSON.
import type { Material, Matter } from '@yilian/shared';

/** The scalar standard elements the form edits, in form order. */
export const EDIT_TEXT_KEYS = ['name', 'department', 'legalBasis', 'conditions', 'fee', 'result'] as const;
export const EDIT_NUMBER_KEYS = ['legalLimitDays', 'promisedLimitDays', 'visits'] as const;
export const EDIT_CHOICE_KEYS = ['type', 'subject'] as const;

/** Every form field an error can be shown on (server paths `matter.<field>…` map to these). */
export const EDIT_FIELDS = [...EDIT_TEXT_KEYS, ...EDIT_NUMBER_KEYS, ...EDIT_CHOICE_KEYS, 'steps', 'materials', 'note'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/** The material flags the form edits; code, name and e-licence stay as imported. */
export type MaterialFlags = Pick<Material, 'required' | 'rongqueAllowed' | 'commitmentAllowed' | 'sourceLevel' | 'copies' | 'form'>;

export interface EditState {
  name: string;
  department: string;
  legalBasis: string;
  conditions: string;
  fee: string;
  result: string;
  type: string;
  subject: string;
  legalLimitDays: number | null;
  promisedLimitDays: number | null;
  visits: number | null;
  steps: string[];
  materials: Array<MaterialFlags & { code: string; name: string }>;
  note: string;
}

/** A fresh form state from the current matter. */
export function editStateOf(matter: Matter): EditState {
  return {
    name: matter.name,
    department: matter.department,
    legalBasis: matter.legalBasis,
    conditions: matter.conditions,
    fee: matter.fee,
    result: matter.result,
    type: matter.type,
    subject: matter.subject,
    legalLimitDays: matter.legalLimitDays,
    promisedLimitDays: matter.promisedLimitDays,
    visits: matter.visits,
    steps: [...matter.steps],
    materials: matter.materials.map((m) => ({
      code: m.code,
      name: m.name,
      required: m.required,
      rongqueAllowed: m.rongqueAllowed,
      commitmentAllowed: m.commitmentAllowed,
      sourceLevel: m.sourceLevel,
      copies: m.copies,
      form: m.form,
    })),
    note: '',
  };
}

/** The matter to save: the original (unknown keys kept) with the form's values. */
export function matterOfState(original: Matter, state: EditState): Matter {
  const materials = original.materials.map((material, i) => {
    const edited = state.materials[i];
    if (!edited) return material;
    const { code: _code, name: _name, ...flags } = edited;
    return { ...material, ...flags };
  });
  return {
    ...original,
    name: state.name.trim(),
    department: state.department.trim(),
    legalBasis: state.legalBasis.trim(),
    conditions: state.conditions.trim(),
    fee: state.fee.trim(),
    result: state.result.trim(),
    type: state.type as Matter['type'],
    subject: state.subject as Matter['subject'],
    legalLimitDays: state.legalLimitDays ?? original.legalLimitDays,
    promisedLimitDays: state.promisedLimitDays ?? original.promisedLimitDays,
    visits: state.visits ?? original.visits,
    steps: state.steps.map((s) => s.trim()).filter(Boolean),
    materials,
  };
}

/**
 * The form field a server error path names: `matter.legalLimitDays` → legalLimitDays,
 * `matter.materials[2].sourceLevel` → materials (row 2), `note` → note; null when no field matches.
 */
export function editFieldOf(path: string | undefined): { field: EditField; row?: number } | null {
  if (!path) return null;
  const rest = path.replace(/^matter\./, '');
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(rest);
  const field = match?.[1] as EditField | undefined;
  if (!field || !(EDIT_FIELDS as readonly string[]).includes(field)) return null;
  return match?.[2] === undefined ? { field } : { field, row: Number(match[2]) };
}
