/** What the composer page shares with its parts (header, decisions, tabs): provided once, injected by each. */
import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import type { ComposedChain } from '@yilian/shared';
import type { Command } from '../../kernel/command-stack';
import type { ChainDocument } from '../document/chain-document';

export interface ComposerContext {
  /** The live composition of the open document (null while its matters load). */
  composition: ComputedRef<ComposedChain | null>;
  /** Matter names by code, for labels. */
  names: ComputedRef<Record<string, string>>;
  /** True when the user may edit this chain (a city administrator on a draft). */
  canEdit: ComputedRef<boolean>;
  /** Applies one edit as an undoable command. */
  run: (command: Command<ChainDocument>) => void;
}

const KEY: InjectionKey<ComposerContext> = Symbol('chain-composer');

/** Makes the context available to the composer's parts. */
export function provideComposer(context: ComposerContext): void {
  provide(KEY, context);
}

/** The composer's context; a part used outside the composer is a programming error. */
export function useComposer(): ComposerContext {
  const context = inject(KEY);
  if (!context) throw new Error('useComposer() outside the chain composer');
  return context;
}
