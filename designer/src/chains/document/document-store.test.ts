import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { ChainRecord } from '../../api/chains';
import { useChainDocumentStore } from './document-store';
import { addMatter, addSituation, decideSuggestion, moveMatter, removeMatter, resolveConflict, setApplicability, setRecipeProperty } from './commands';

const stored: ChainRecord = {
  id: 'c1',
  code: 'YL-370800-CY-001',
  name: '我要开餐饮店',
  subject: '法人',
  status: 'draft',
  recipe: {
    code: 'YL-370800-CY-001',
    name: '我要开餐饮店',
    subject: '法人',
    matters: ['000131127004', '000131024000', '000125049000'],
    situations: [{ key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' }],
    applicability: { '000125049000': 'premises.area >= 300' },
  },
  decisions: {},
  revision: 0,
  updatedAt: '2026-11-28T00:00:00.000Z',
  updatedBy: 'system',
};

describe('chain document store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('produces the recipe and decisions of a series of edits', () => {
    // given the restaurant chain opened in the composer
    const doc = useChainDocumentStore();
    doc.load(stored);
    // when the administrator edits it
    doc.execute(setRecipeProperty('name', '我要开饭店'));
    doc.execute(addMatter('000116601000'));
    doc.execute(moveMatter('000116601000', 1));
    doc.execute(addSituation({ key: 'sellsTobacco', question: '是否经营卷烟零售？', type: 'boolean' }));
    doc.execute(setApplicability('000116601000', 'sellsTobacco = false'));
    doc.execute(resolveConflict('premises.area', { kind: 'rename', matterCode: '000125049000', newKey: 'fire.premisesArea' }));
    doc.execute(decideSuggestion(['legalRep.name', 'enterprise.legalPersonName'], true));
    // then the save body holds exactly those edits
    expect(doc.requestBody()).toEqual({
      recipe: {
        code: 'YL-370800-CY-001',
        name: '我要开饭店',
        subject: '法人',
        matters: ['000131127004', '000116601000', '000131024000', '000125049000'],
        situations: [
          { key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' },
          { key: 'sellsTobacco', question: '是否经营卷烟零售？', type: 'boolean' },
        ],
        applicability: { '000125049000': 'premises.area >= 300', '000116601000': 'sellsTobacco = false' },
      },
      decisions: {
        conflicts: [{ key: 'premises.area', resolution: { kind: 'rename', matterCode: '000125049000', newKey: 'fire.premisesArea' } }],
        suggestions: [{ keys: ['legalRep.name', 'enterprise.legalPersonName'], accepted: true }],
      },
    });
    expect(doc.history).toEqual(['recipe.name', 'matter.add', 'matter.move', 'situation.add', 'applicability.set', 'conflict.resolve', 'suggestion.decide']);
  });

  it('undoes and redoes through the store; an earlier body is a copy later edits do not touch', () => {
    // given the chain with a matter removed
    const doc = useChainDocumentStore();
    doc.load(stored);
    expect(doc.canUndo).toBe(false);
    doc.execute(removeMatter('000125049000'));
    const body = doc.requestBody();
    expect(body.recipe.matters).toEqual(['000131127004', '000131024000']);
    expect(body.recipe.applicability).toEqual({});
    // when undoing
    expect(doc.canUndo).toBe(true);
    doc.undo();
    // then the matter and its condition are back, and the earlier body is unchanged
    expect(doc.recipe.matters).toEqual(stored.recipe.matters);
    expect(doc.recipe.applicability).toEqual({ '000125049000': 'premises.area >= 300' });
    expect(body.recipe.matters).toEqual(['000131127004', '000131024000']);
    // and redo removes it again
    expect(doc.canRedo).toBe(true);
    doc.redo();
    expect(doc.recipe.matters).toEqual(['000131127004', '000131024000']);
  });

  it('starts a new chain without matters and forgets the previous chain\'s history', () => {
    const doc = useChainDocumentStore();
    doc.load(stored);
    doc.execute(addMatter('000116601000'));
    doc.startNew({ code: 'YL-370800-BLD-001', name: '我要开便利店', subject: '个人,法人' });
    expect(doc.chainId).toBeNull();
    expect(doc.canUndo).toBe(false);
    expect(doc.requestBody()).toEqual({ recipe: { code: 'YL-370800-BLD-001', name: '我要开便利店', subject: '个人,法人', matters: [], situations: [] }, decisions: {} });
  });

  it('edits a copy: the loaded record stays as the server sent it', () => {
    const doc = useChainDocumentStore();
    doc.load(stored);
    doc.execute(addMatter('000116601000'));
    expect(stored.recipe.matters).toHaveLength(3);
  });
});
