/** The persisted document of the chain open in the composer, edited only through commands. */
import { computed, markRaw, ref } from 'vue';
import { defineStore } from 'pinia';
import type { ChainInput, ChainRecord, ChainStatus } from '../../api/chains';
import { CommandStack, type Command } from '../../kernel/command-stack';
import { cloneJson, emptyDocument, type ChainDocument, type ChainHeading } from './chain-document';

export const useChainDocumentStore = defineStore('chainDocument', () => {
  /** The server id; null for a new chain not saved yet. */
  const chainId = ref<string | null>(null);
  const status = ref<ChainStatus>('draft');
  /** The code the chain is stored under (the recipe's code may be edited before saving). */
  const savedCode = ref<string | null>(null);
  const document = ref<ChainDocument>(emptyDocument({ code: '', name: '', subject: '法人' }));
  const stack = markRaw(new CommandStack<ChainDocument>(() => document.value));
  /** Bumped on every stack change so the getters below re-evaluate. */
  const stackVersion = ref(0);

  /** A computed over the (non-reactive) stack, re-evaluated whenever the stack changes. */
  const fromStack = <T>(read: (s: CommandStack<ChainDocument>) => T) =>
    computed(() => {
      void stackVersion.value;
      return read(stack);
    });

  const recipe = computed(() => document.value.recipe);
  const decisions = computed(() => document.value.decisions);
  const canUndo = fromStack((s) => s.canUndo);
  const canRedo = fromStack((s) => s.canRedo);
  /** Identifies the current state of the document for the dirty flag. */
  const position = fromStack((s) => s.position);
  /** The applied commands' kinds, oldest first. */
  const history = fromStack((s) => s.history);

  function reset(next: ChainDocument): void {
    document.value = cloneJson(next);
    stack.clear();
    stackVersion.value += 1;
  }

  /** Opens a stored chain. */
  function load(chain: ChainRecord): void {
    chainId.value = chain.id;
    status.value = chain.status;
    savedCode.value = chain.code;
    reset({ recipe: chain.recipe, decisions: chain.decisions ?? {} });
  }

  /** Starts a new chain that exists only in the browser until its first save. */
  function startNew(heading: ChainHeading): void {
    chainId.value = null;
    status.value = 'draft';
    savedCode.value = null;
    reset(emptyDocument(heading));
  }

  /** Records the server's copy after a save; the document itself stays as edited. */
  function saved(chain: ChainRecord): void {
    chainId.value = chain.id;
    status.value = chain.status;
    savedCode.value = chain.code;
  }

  /** Applies an edit; false when it changed nothing. */
  function execute(command: Command<ChainDocument>): boolean {
    const changed = stack.execute(command);
    if (changed) stackVersion.value += 1;
    return changed;
  }

  function undo(): boolean {
    const changed = stack.undo();
    if (changed) stackVersion.value += 1;
    return changed;
  }

  function redo(): boolean {
    const changed = stack.redo();
    if (changed) stackVersion.value += 1;
    return changed;
  }

  /** The body of POST/PUT: a plain copy of the recipe and decisions. */
  function requestBody(): ChainInput {
    return cloneJson({ recipe: document.value.recipe, decisions: document.value.decisions });
  }

  return {
    chainId, status, savedCode, document, recipe, decisions, canUndo, canRedo, position, history,
    load, startNew, saved, execute, undo, redo, requestBody,
  };
});

export type ChainDocumentStore = ReturnType<typeof useChainDocumentStore>;
