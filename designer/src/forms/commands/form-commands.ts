/** Commands on the whole chain form: replace it (generate, regenerate, import) and merge two fields. */
import type { SuggestionDecision } from '@yilian/shared';
import type { Command } from '../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../../chains/document/chain-document';
import { itemAt, keyAt, siblingsOf, type FormModel, type ItemPath } from '../model/form-model';

type FormCommand = Command<ChainDocument>;

/** Replaces the whole form (the generated one, a regenerated one, an imported file). */
export function replaceForm(next: FormModel): FormCommand {
  let before: FormModel | null | undefined;
  return {
    kind: 'form.replace',
    execute(doc) {
      if (doc.form && JSON.stringify(doc.form) === JSON.stringify(next)) return false;
      before = doc.form === undefined || doc.form === null ? doc.form : cloneJson(doc.form);
      doc.form = cloneJson(next);
      return true;
    },
    revert(doc) {
      if (before === undefined) delete doc.form;
      else doc.form = before;
    },
  };
}

const samePair = (a: readonly string[], b: readonly string[]) => (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/**
 * Merges the field at `source` into the field at `target` (dragging one field onto another): the
 * source leaves the form and the chain records the pair as an accepted merge suggestion, the same
 * decision as accepting one in the composer. The target keeps its key, label and definition.
 */
export function mergeFields(source: ItemPath, target: ItemPath): FormCommand {
  let snapshot: { form: FormModel; suggestions: SuggestionDecision[] | undefined } | undefined;
  return {
    kind: 'form.merge',
    execute(doc) {
      const form = doc.form;
      if (!form) return false;
      const sourceKey = keyAt(form, source);
      const targetKey = keyAt(form, target);
      if (sourceKey === null || targetKey === null || sourceKey === targetKey || !itemAt(form, target)) return false;
      const list = siblingsOf(form, source);
      const index = list?.findIndex((i) => i.name === source.at(-1)) ?? -1;
      if (!list || index < 0) return false;
      snapshot = { form: cloneJson(form), suggestions: doc.decisions.suggestions === undefined ? undefined : cloneJson(doc.decisions.suggestions) };
      list.splice(index, 1);
      const kept = (doc.decisions.suggestions ?? []).filter((d) => !samePair(d.keys, [targetKey, sourceKey]));
      doc.decisions.suggestions = [...kept, { keys: [targetKey, sourceKey], accepted: true }];
      return true;
    },
    revert(doc) {
      doc.form = snapshot!.form;
      if (snapshot!.suggestions === undefined) delete doc.decisions.suggestions;
      else doc.decisions.suggestions = snapshot!.suggestions;
    },
  };
}
