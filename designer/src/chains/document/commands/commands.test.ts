import { describe, expect, it } from 'vitest';
import { CommandStack, type Command } from '../../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../chain-document';
import {
  addMatter, addSituation, decideSuggestion, moveMatter, removeMatter, removeSituation, resolveConflict,
  setApplicability, setRecipeProperty, unresolveConflict, updateSituation,
} from './index';

/** The restaurant chain's recipe (seed catalog), with one decision of each kind. */
function restaurant(): ChainDocument {
  return {
    recipe: {
      code: 'YL-370800-CY-001',
      name: '我要开餐饮店',
      subject: '法人',
      matters: ['000131127004', '000131024000', '000125049000', '000162004000'],
      situations: [
        { key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' },
        { key: 'sellsTobacco', question: '是否经营卷烟零售？', type: 'boolean' },
      ],
      applicability: { '000125049000': 'premises.area >= 300', '000162004000': 'sellsTobacco = true' },
      dependsOn: { '000162004000': ['000131127004', '000125049000'] },
    },
    decisions: {
      conflicts: [{ key: 'premises.area', resolution: { kind: 'pick', matterCode: '000131024000' } }],
    },
  };
}

/**
 * Executes a command on the document, checks the result, undoes it (back to the exact start) and
 * redoes it (the same result again).
 */
function roundTrip(command: Command<ChainDocument>, expectAfter: (doc: ChainDocument) => void, doc = restaurant()): ChainDocument {
  // given the document and a stack
  const stack = new CommandStack(() => doc);
  const before = cloneJson(doc);
  // when executing
  expect(stack.execute(command)).toBe(true);
  // then the edit is applied
  expectAfter(doc);
  const after = cloneJson(doc);
  // when undoing, then the document is exactly as before
  stack.undo();
  expect(doc).toEqual(before);
  // when redoing, then the edit is applied exactly as the first time
  stack.redo();
  expect(doc).toEqual(after);
  return doc;
}

describe('matter commands', () => {
  it('adds a matter at the end or at a position, and ignores a matter already in the chain', () => {
    roundTrip(addMatter('000116601000'), (doc) => expect(doc.recipe.matters.at(-1)).toBe('000116601000'));
    roundTrip(addMatter('000116601000', 1), (doc) => expect(doc.recipe.matters[1]).toBe('000116601000'));
    expect(new CommandStack(() => restaurant()).execute(addMatter('000131024000'))).toBe(false);
  });

  it('removes a matter with its condition and its chain ordering entries', () => {
    roundTrip(removeMatter('000125049000'), (doc) => {
      expect(doc.recipe.matters).toEqual(['000131127004', '000131024000', '000162004000']);
      expect(doc.recipe.applicability).toEqual({ '000162004000': 'sellsTobacco = true' });
      expect(doc.recipe.dependsOn).toEqual({ '000162004000': ['000131127004'] });
      // conflict decisions naming it stay (the merge ignores them while it is absent)
      expect(doc.decisions.conflicts).toHaveLength(1);
    });
    roundTrip(removeMatter('000162004000'), (doc) => {
      expect(doc.recipe.applicability).toEqual({ '000125049000': 'premises.area >= 300' });
      expect(doc.recipe.dependsOn).toEqual({});
    });
  });

  it('moves a matter up and down, clamped to the list', () => {
    roundTrip(moveMatter('000162004000', 0), (doc) => expect(doc.recipe.matters[0]).toBe('000162004000'));
    roundTrip(moveMatter('000131127004', 99), (doc) => expect(doc.recipe.matters.at(-1)).toBe('000131127004'));
    expect(new CommandStack(() => restaurant()).execute(moveMatter('000131127004', 0))).toBe(false);
  });
});

describe('recipe property commands', () => {
  it('sets the code, name and subject; the same value changes nothing', () => {
    roundTrip(setRecipeProperty('name', '我要开饭店'), (doc) => expect(doc.recipe.name).toBe('我要开饭店'));
    roundTrip(setRecipeProperty('code', 'YL-370800-CY-002'), (doc) => expect(doc.recipe.code).toBe('YL-370800-CY-002'));
    roundTrip(setRecipeProperty('subject', '个人,法人'), (doc) => expect(doc.recipe.subject).toBe('个人,法人'));
    expect(new CommandStack(() => restaurant()).execute(setRecipeProperty('name', '我要开餐饮店'))).toBe(false);
  });
});

describe('situation commands', () => {
  it('adds a situation', () => {
    roundTrip(addSituation({ key: 'isEntertainmentVenue', question: '是否为公众娱乐场所？', type: 'boolean' }), (doc) =>
      expect(doc.recipe.situations.map((s) => s.key)).toEqual(['premises.area', 'sellsTobacco', 'isEntertainmentVenue']),
    );
  });

  it('edits a situation, dropping options when the type no longer takes them', () => {
    roundTrip(updateSituation(1, { question: '是否零售烟草？' }), (doc) => expect(doc.recipe.situations[1]).toEqual({ key: 'sellsTobacco', question: '是否零售烟草？', type: 'boolean' }));
    const withOptions = roundTrip(updateSituation(0, { type: 'select', options: ['<300㎡', '≥300㎡'] }), (doc) =>
      expect(doc.recipe.situations[0]).toMatchObject({ type: 'select', options: ['<300㎡', '≥300㎡'] }),
    );
    roundTrip(updateSituation(0, { type: 'number', options: undefined }), (doc) => {
      expect(doc.recipe.situations[0]).toEqual({ key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' });
      expect('options' in doc.recipe.situations[0]!).toBe(false);
    }, withOptions);
    expect(new CommandStack(() => restaurant()).execute(updateSituation(0, { key: 'premises.area' }))).toBe(false);
  });

  it('removes a situation', () => {
    roundTrip(removeSituation(0), (doc) => expect(doc.recipe.situations.map((s) => s.key)).toEqual(['sellsTobacco']));
  });
});

describe('applicability commands', () => {
  it('sets, changes and clears a matter\'s condition', () => {
    roundTrip(setApplicability('000131024000', '  premises.area > 0 '), (doc) => expect(doc.recipe.applicability?.['000131024000']).toBe('premises.area > 0'));
    roundTrip(setApplicability('000125049000', 'premises.area >= 500'), (doc) => expect(doc.recipe.applicability?.['000125049000']).toBe('premises.area >= 500'));
    roundTrip(setApplicability('000125049000', ''), (doc) => expect(doc.recipe.applicability).toEqual({ '000162004000': 'sellsTobacco = true' }));
  });

  it('restores a recipe without any condition exactly (no empty map left behind)', () => {
    const plain = restaurant();
    delete plain.recipe.applicability;
    roundTrip(setApplicability('000131024000', 'sellsTobacco = false'), (doc) => expect(doc.recipe.applicability).toEqual({ '000131024000': 'sellsTobacco = false' }), plain);
  });
});

describe('decision commands', () => {
  it('picks a variant, replacing an earlier pick for the key', () => {
    roundTrip(resolveConflict('premises.area', { kind: 'pick', matterCode: '000125049000' }), (doc) =>
      expect(doc.decisions.conflicts).toEqual([{ key: 'premises.area', resolution: { kind: 'pick', matterCode: '000125049000' } }]),
    );
  });

  it('renames a key in one matter next to a pick for another', () => {
    roundTrip(resolveConflict('premises.area', { kind: 'rename', matterCode: '000162004000', newKey: 'tobacco.premisesArea' }), (doc) =>
      expect(doc.decisions.conflicts).toEqual([
        { key: 'premises.area', resolution: { kind: 'pick', matterCode: '000131024000' } },
        { key: 'premises.area', resolution: { kind: 'rename', matterCode: '000162004000', newKey: 'tobacco.premisesArea' } },
      ]),
    );
  });

  it('withdraws a conflict decision, and adds the first one to a chain without decisions', () => {
    roundTrip(unresolveConflict({ key: 'premises.area', resolution: { kind: 'pick', matterCode: '000131024000' } }), (doc) => expect(doc.decisions.conflicts).toEqual([]));
    const fresh = restaurant();
    fresh.decisions = {};
    roundTrip(resolveConflict('premises.area', { kind: 'pick', matterCode: '000131024000' }), (doc) => expect(doc.decisions.conflicts).toHaveLength(1), fresh);
  });

  it('accepts, rejects and withdraws a suggestion in either key order', () => {
    const accepted = roundTrip(decideSuggestion(['legalRep.name', 'enterprise.legalPersonName'], true), (doc) =>
      expect(doc.decisions.suggestions).toEqual([{ keys: ['legalRep.name', 'enterprise.legalPersonName'], accepted: true }]),
    );
    const rejected = roundTrip(decideSuggestion(['enterprise.legalPersonName', 'legalRep.name'], false), (doc) =>
      expect(doc.decisions.suggestions).toEqual([{ keys: ['enterprise.legalPersonName', 'legalRep.name'], accepted: false }]),
    accepted);
    roundTrip(decideSuggestion(['legalRep.name', 'enterprise.legalPersonName'], null), (doc) => expect(doc.decisions.suggestions).toEqual([]), rejected);
    const decided = restaurant();
    decided.decisions.suggestions = [{ keys: ['enterprise.legalPersonName', 'legalRep.name'], accepted: true }];
    expect(new CommandStack(() => decided).execute(decideSuggestion(['legalRep.name', 'enterprise.legalPersonName'], true))).toBe(false);
  });
});
