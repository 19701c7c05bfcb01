import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { FormSchema, FormSchemaNode } from '@yilian/shared';
import { formServer, generatedSchema, mountFormTab, savedForm, tid, unmountAll } from './form-tab.test-support';

/** 20 sections of 50 fields. */
function thousandFields(): FormSchema {
  const properties: Record<string, FormSchemaNode> = {};
  for (let s = 0; s < 20; s++) {
    const fields: Record<string, FormSchemaNode> = {};
    for (let f = 0; f < 50; f++) fields[`f${s}_${f}`] = { type: 'string', title: `字段 ${s}-${f}`, 'x-decorator': 'FormItem', 'x-component': 'text' };
    properties[`s${s}`] = { type: 'void', 'x-component': 'Section', title: `分组 ${s}`, properties: fields };
  }
  return { type: 'object', properties };
}

describe('FormDesignerTab at scale and read-only', () => {
  afterEach(() => {
    unmountAll();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('opens a 1,000-field form with only its first section expanded, and opens the others on demand', async () => {
    // given
    formServer(() => savedForm(thousandFields()));
    // when
    const { wrapper, doc } = await mountFormTab();
    // then the first section's 50 fields and 20 section rows render, not 1,020 rows
    expect(wrapper.findAll('[role="treeitem"]')).toHaveLength(70);
    expect(wrapper.get(tid('form-row-s1')).attributes('aria-expanded')).toBe('false');
    // when the second section is opened with the keyboard
    await wrapper.get(tid('form-row-s1')).trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    // then its fields render, and opening is not an edit
    expect(wrapper.findAll('[role="treeitem"]')).toHaveLength(120);
    expect(doc.canUndo).toBe(false);
  });

  it('is read-only without the right to edit: no palette adds, no drags, no moves, no autosave', async () => {
    // given
    const seen = formServer(() => savedForm(generatedSchema()));
    const { wrapper, doc } = await mountFormTab({ canEdit: false });
    // then nothing offers an edit
    expect(wrapper.findAll('[data-testid$="-add"]')).toHaveLength(0);
    expect(wrapper.get(tid('form-row-section_common')).attributes('draggable')).toBe('false');
    expect(wrapper.find(tid('form-save-state')).exists()).toBe(false);
    // when a move key is pressed anyway
    const first = wrapper.findAll('[role="treeitem"]')[1]!;
    await first.trigger('click');
    await first.trigger('keydown', { key: 'ArrowDown', altKey: true });
    // then nothing changed and nothing was sent
    expect(doc.canUndo).toBe(false);
    expect(wrapper.get(`${tid('form-prop-title')} input`).attributes('disabled')).toBeDefined();
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
