import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { itemAt } from '../model/form-model';
import { formServer, generatedSchema, mountFormTab, savedForm, tid, unmountAll, type Mounted } from '../form-tab.test-support';

const PATH = ['section_common', 'legalRep.name'];
const props = ({ doc }: Mounted) => itemAt(doc.document.form!, PATH)!.props;

async function openField(): Promise<Mounted> {
  formServer(() => savedForm(generatedSchema()));
  const mounted = await mountFormTab();
  await mounted.wrapper.get(tid(`form-row-${PATH.join('/')}`)).trigger('click');
  return mounted;
}

async function type(mounted: Mounted, testid: string, text: string, commit = true): Promise<void> {
  const input = mounted.wrapper.get(`${tid(testid)} input, ${tid(testid)} textarea`);
  await input.setValue(text);
  if (commit) await input.trigger('change');
}

describe('FormProperties', () => {
  afterEach(() => {
    unmountAll();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('edits the label in Chinese and English and the required flag, one command each', async () => {
    // given the legal representative's name selected
    const mounted = await openField();
    expect(props(mounted).required).toBe(true);
    // when the labels are typed and committed, and required is switched off
    await type(mounted, 'form-prop-title', '法人代表姓名');
    await type(mounted, 'form-prop-title-en', 'Legal representative');
    await mounted.wrapper.get(`${tid('form-prop-required')} .el-switch`).trigger('click');
    await flushPromises();
    // then the document holds them, as three commands, and the canvas row shows the new label
    expect(props(mounted)).toMatchObject({ title: '法人代表姓名', 'x-i18n': { en: { title: 'Legal representative' } } });
    expect(props(mounted).required).toBeUndefined();
    expect(mounted.doc.history).toEqual(['form.update', 'form.update', 'form.update']);
    expect(mounted.wrapper.get(tid(`form-row-${PATH.join('/')}`)).text()).toContain('法人代表姓名');
    // when undoing the last
    mounted.doc.undo();
    await flushPromises();
    expect(props(mounted).required).toBe(true);
  });

  it('shows an unknown key in a FEEL rule as you type, and stores the rule on commit', async () => {
    // given a new rule on the field
    const mounted = await openField();
    await mounted.wrapper.get(tid('form-rule-add')).trigger('click');
    // when typing a condition over a key the chain does not know (not committed yet)
    await type(mounted, 'form-rule-0', 'nobody = 1', false);
    // then the error names it at once
    expect(mounted.wrapper.get(tid('form-rule-error-0')).text()).toContain('未知变量「nobody」');
    // when corrected to a situation and a form key, and committed
    await type(mounted, 'form-rule-0', 'premises.area >= 300 and enterprise.name != null');
    // then the error is gone and the rule is stored as FEEL in {{ }}
    expect(mounted.wrapper.find(tid('form-rule-error-0')).exists()).toBe(false);
    expect(props(mounted)['x-reactions']).toEqual([
      { when: '{{ premises.area >= 300 and enterprise.name != null }}', fulfill: { state: { visible: true } }, otherwise: { state: { visible: false } } },
    ]);
  });

  it('writes "required only when <situation> = <value>" from the template', async () => {
    const mounted = await openField();
    await mounted.wrapper.get(tid('form-rule-template-open')).trigger('click');
    await mounted.wrapper.get(tid('form-rule-template-field')).setValue('premises.area');
    await mounted.wrapper.get(tid('form-rule-template-value')).setValue('500');
    await mounted.wrapper.get(tid('form-rule-template-add')).trigger('click');
    expect(props(mounted)['x-reactions']).toEqual([{ when: '{{ premises.area = 500 }}', fulfill: { state: { required: true } }, otherwise: { state: { required: false } } }]);
  });

  it('refuses a key the form already has, changing nothing', async () => {
    const mounted = await openField();
    await type(mounted, 'form-prop-key', 'contact.name');
    expect(mounted.wrapper.get(tid('form-prop-key-error')).text()).toBe('已有同名字段或组件');
    expect(mounted.doc.canUndo).toBe(false);
    await type(mounted, 'form-prop-key', 'legalRep.fullName');
    expect(mounted.doc.history).toEqual(['form.rename']);
    expect(mounted.wrapper.get(tid('form-row-section_common/legalRep.fullName')).attributes('aria-selected')).toBe('true');
  });
});
