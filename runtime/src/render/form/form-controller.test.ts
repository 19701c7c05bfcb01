import { afterEach, describe, expect, it, vi } from 'vitest';
import { autorun } from '@formily/reactive';
import type { FeelProblem } from '@yilian/shared';
import { FormController } from './form-controller';
import { linkedSchema } from './testing/schemas';

const TODAY = () => new Date('2025-09-26T00:00:00+08:00');
const controllers: FormController[] = [];
const make = (options: Partial<ConstructorParameters<typeof FormController>[0]> = {}) => {
  const controller = new FormController({ schema: linkedSchema, today: TODAY, ...options });
  controllers.push(controller);
  return controller;
};

describe('FormController', () => {
  afterEach(() => {
    for (const c of controllers.splice(0)) c.dispose();
  });

  it('pre-creates every field, sections included, with values at their data paths', () => {
    // given initial values and an answer for a field key
    const controller = make({ initialValues: { applicant: { name: '张三' } }, answers: { 'premises.area': 120, sellsTobacco: true } });
    // then each field has its key as its path and the answer pre-fills the field with the same key
    expect(controller.keys()).toEqual(['applicant.name', 'applicant.id', 'premises.area', 'fireNote', 'licenceNo']);
    expect(controller.field('premises.area')!.path.toString()).toBe('premises.area');
    expect(controller.field('licenceNo')!.address.toString()).toBe('section_tobacco.licenceNo');
    expect(controller.values()).toEqual({ applicant: { name: '张三' }, premises: { area: 120 } });
  });

  it('applies a FEEL rule: the fire note shows and is required from 300 m², and its value leaves the values when hidden', () => {
    // given a large area and a fire note
    const controller = make({ initialValues: { premises: { area: 400 }, fireNote: '有喷淋' } });
    const note = controller.field('fireNote')!;
    expect([note.display, note.required]).toEqual(['visible', true]);
    // when the area shrinks
    controller.input('premises.area', 100);
    // then the note is hidden and its value left the form values
    expect(note.display).toBe('none');
    expect(controller.values()).toEqual({ premises: { area: 100 } });
    // and it comes back with the value when the area grows again
    controller.input('premises.area', 350);
    expect(controller.values()).toEqual({ premises: { area: 350 }, fireNote: '有喷淋' });
  });

  it('hides a section by its rule over a situation answer, and its fields with it', () => {
    const hidden = make({ answers: { sellsTobacco: false }, initialValues: { licenceNo: 'X1' } });
    expect(hidden.field('licenceNo')!.display).toBe('none');
    expect(hidden.values()).toEqual({});
    const shown = make({ answers: { sellsTobacco: true } });
    expect(shown.field('licenceNo')!.display).toBe('visible');
  });

  it('follows permissions: hidden fields leave the values, read-only fields read pretty', () => {
    const controller = make({ permissions: { 'applicant.id': 'hidden', 'applicant.name': 'read-only' }, initialValues: { applicant: { name: '张三', id: '370811199001011236' } } });
    expect(controller.field('applicant.id')!.display).toBe('none');
    expect(controller.field('applicant.name')!.pattern).toBe('readPretty');
    expect(controller.values()).toEqual({ applicant: { name: '张三' } });
  });

  it('validates every field with the shared validator and keeps problems per key until fixed', () => {
    // given a form with a missing name, a bad ID card and a required fire note
    const controller = make({ answers: { sellsTobacco: true }, initialValues: { applicant: { id: '370811199001011234' }, premises: { area: 300 } } });
    // when validating all
    const problems = controller.validate();
    // then every problem is there, mounted or not, and shown by key
    expect(problems.map((p) => [p.path, p.code])).toEqual([['applicant.name', 'required'], ['applicant.id', 'idcard'], ['fireNote', 'required'], ['licenceNo', 'required']]);
    expect(controller.problemsOf('applicant.id').map((p) => p.code)).toEqual(['idcard']);
    // when the ID is corrected, the field is checked again at once and drops out of the open problems
    controller.input('applicant.id', '370811199001011236');
    expect(controller.problemsOf('applicant.id')).toEqual([]);
    expect(controller.openProblems().map((p) => p.path)).toEqual(['applicant.name', 'fireNote', 'licenceNo']);
    // and hiding the fire note clears its problem
    controller.input('premises.area', 10);
    expect(controller.openProblems().map((p) => p.path)).toEqual(['applicant.name', 'licenceNo']);
  });

  it('re-evaluates a rule only when a field it reads changes (exact dependencies)', () => {
    // given an observer of the fire note's display
    const controller = make({ initialValues: { premises: { area: 400 } } });
    let runs = 0;
    const stop = autorun(() => {
      void controller.field('fireNote')!.display;
      runs += 1;
    });
    // when an unrelated field changes
    controller.input('applicant.name', '李四');
    controller.input('applicant.id', '1');
    // then nothing about the note re-ran
    expect(runs).toBe(1);
    controller.input('premises.area', 1);
    expect(runs).toBe(2);
    stop();
  });

  it('keeps the observers of a field still when the first value of a sibling under the same group arrives', () => {
    // given an empty form and an observer of the ID card's value (as its field component reads it)
    const controller = make();
    let runs = 0;
    const stop = autorun(() => {
      void controller.field('applicant.id')!.value;
      runs += 1;
    });
    // when the first value under `applicant.` is typed
    controller.input('applicant.name', '张');
    // then the ID card did not re-render (its parent object existed already), and empty groups stay out of the values
    expect(runs).toBe(1);
    expect(controller.values()).toEqual({ applicant: { name: '张' } });
    stop();
  });

  it('evaluates rules as FEEL without building a Function, importing the controller alone', () => {
    // given a spy on the Function constructor (Formily's default compiler calls it)
    const spy = vi.spyOn(globalThis, 'Function');
    // when a form with rules is created and a rule re-evaluates
    const controller = make({ answers: { sellsTobacco: true }, initialValues: { premises: { area: 400 } } });
    controller.input('premises.area', 10);
    // then the rules applied and no Function was built
    expect(controller.field('licenceNo')!.display).toBe('visible');
    expect(controller.field('fireNote')!.display).toBe('none');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('reports a broken rule with the node address and treats it as not holding', () => {
    // given a schema whose rule is JavaScript, not FEEL
    const problems: FeelProblem[] = [];
    const schema = structuredClone(linkedSchema);
    schema.properties.section_applicant!.properties!.fireNote!['x-reactions']![0]!.when = "{{ fetch('//x') }}";
    // when
    const controller = make({ schema, onProblem: (p) => problems.push(p) });
    // then the note stays hidden and the problem names its source
    expect(controller.field('fireNote')!.display).toBe('none');
    expect(problems.map((p) => [p.kind, p.source])).toEqual([['syntax', 'form:section_applicant.fireNote']]);
  });
});
