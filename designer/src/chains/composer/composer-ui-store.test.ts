import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useChainDocumentStore } from '../document/document-store';
import { addSituation } from '../document/commands';
import { replaceForm } from '../../forms/commands';
import { useComposerUiStore } from './composer-ui-store';

describe('the composer dirty flag', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('counts edits of the recipe and decisions, not of the form (which autosaves on its own)', () => {
    // given a loaded chain
    const doc = useChainDocumentStore();
    doc.load({ id: 'c1', code: 'YL-T', name: 't', subject: '法人', status: 'draft', recipe: { code: 'YL-T', name: 't', subject: '法人', matters: ['m1'], situations: [] }, decisions: {}, revision: 0, updatedAt: '2025-01-01T00:00:00Z', updatedBy: null });
    const ui = useComposerUiStore();
    ui.reset();
    expect(ui.dirty).toBe(false);
    // when the form changes
    doc.execute(replaceForm({ items: [] }));
    // then the chain is still clean
    expect(ui.dirty).toBe(false);
    // when a situation is added, it is dirty; undo makes it clean again
    doc.execute(addSituation({ key: 's1', question: 'q', type: 'boolean' }));
    expect(ui.dirty).toBe(true);
    doc.undo();
    expect(ui.dirty).toBe(false);
  });
});
