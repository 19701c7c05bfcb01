/** What the form designer tab shares with its parts (palette, canvas, properties, problems): provided once by the tab. */
import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import type { FormStatus, MergedField } from '@yilian/shared';
import type { Command } from '../../kernel/command-stack';
import type { ChainDocument } from '../../chains/document/chain-document';
import type { FormItem } from '../model/form-model';

export interface FormDesignerContext {
  canEdit: ComputedRef<boolean>;
  /** The chain's merged fields after accepted merges (what the form should place). */
  mergedFields: ComputedRef<MergedField[]>;
  /** Unplaced keys and every publishing problem of the form as it is now; null while the chain loads. */
  status: ComputedRef<FormStatus | null>;
  /** Names a rule may read: situation keys, merged keys and the form's keys. */
  knownKeys: ComputedRef<string[]>;
  /** Matter names by code. */
  names: ComputedRef<Record<string, string>>;
  /** Runs one edit; selects `select` afterwards when given. False when it changed nothing. */
  edit: (command: Command<ChainDocument>, select?: readonly string[] | null) => boolean;
  /** Adds a new item where the keyboard user is (into the selected container, after the selected item, else at the end). */
  add: (item: FormItem, options?: { intoTables?: boolean }) => boolean;
  /** Selects an item, opening the containers above it, and moves focus to its row. */
  focusItem: (path: readonly string[]) => void;
  /** Tells screen-reader users what happened (an aria-live region). */
  announce: (message: string) => void;
}

const KEY: InjectionKey<FormDesignerContext> = Symbol('form-designer');

export function provideFormDesigner(context: FormDesignerContext): void {
  provide(KEY, context);
}

/** The form designer's context; a part used outside the tab is a programming error. */
export function useFormDesigner(): FormDesignerContext {
  const context = inject(KEY);
  if (!context) throw new Error('useFormDesigner() outside the form designer tab');
  return context;
}
