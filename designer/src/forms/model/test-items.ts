/** Small form models for the forms tests: fields, sections, steps and a table, built as the model holds them. */
import type { FormItem, FormModel } from './form-model';

export const field = (name: string, extra: Partial<FormItem['props']> = {}): FormItem => ({
  name, props: { type: 'string', title: name, 'x-decorator': 'FormItem', 'x-component': 'text', ...extra }, children: [],
});
export const section = (name: string, children: FormItem[] = []): FormItem => ({ name, props: { type: 'void', 'x-component': 'Section', title: name }, children });
export const steps = (name: string, children: FormItem[]): FormItem => ({ name, props: { type: 'void', 'x-component': 'Steps' }, children });
export const step = (name: string, children: FormItem[] = []): FormItem => ({ name, props: { type: 'void', 'x-component': 'Step', title: name }, children });
export const table = (name: string, columns: FormItem[] = []): FormItem => ({ name, props: { type: 'array', title: name, 'x-component': 'table' }, children: [], columns });

/** s1[a, b], s2[c], rows{col}, w(steps)[p1[d]] */
export function sampleModel(): FormModel {
  return { items: [section('s1', [field('a'), field('b')]), section('s2', [field('c')]), table('rows', [field('col')]), steps('w', [step('p1', [field('d')])])] };
}
