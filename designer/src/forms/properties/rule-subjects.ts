/** What a linkage rule may test: the chain's situations and the form's fields, with their types and options. */
import type { Situation } from '@yilian/shared';
import { isLayoutItem, type FormItem, type FormModel } from '../model/form-model';

export interface RuleSubject {
  key: string;
  label: string;
  type: string;
  options: string[];
  /** A situation answer (asked before the form) rather than a form field. */
  situation: boolean;
}

/** Situations first, then the form's fields in order (table columns excluded: rules read whole rows only). */
export function ruleSubjects(situations: readonly Situation[], model: FormModel | null): RuleSubject[] {
  const out: RuleSubject[] = situations.map((s) => ({ key: s.key, label: s.question, type: s.type, options: s.options ?? [], situation: true }));
  const walk = (items: FormItem[], prefix: string) => {
    for (const item of items) {
      if (isLayoutItem(item)) {
        walk(item.children, prefix);
        continue;
      }
      const key = prefix === '' ? item.name : `${prefix}.${item.name}`;
      const options = (item.props.enum ?? []).map((o) => o.value);
      out.push({ key, label: item.props.title ?? key, type: String(item.props['x-component'] ?? ''), options, situation: false });
      walk(item.children, key);
    }
  };
  if (model) walk(model.items, '');
  return out;
}
