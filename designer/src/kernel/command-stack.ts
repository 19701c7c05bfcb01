/**
 * A command: one undoable edit of a document. `execute` applies it and returns false when it changed
 * nothing (then it is not recorded); `revert` restores exactly the state `execute` started from.
 */
export interface Command<D> {
  /** Machine name of the kind of edit, e.g. `matter.add`. */
  readonly kind: string;
  execute(doc: D): boolean | void;
  revert(doc: D): void;
}

interface Entry<D> {
  id: number;
  command: Command<D>;
}

/** Undo/redo over a document (after diagram-js's CommandStack): execute, undo, redo; a new edit drops the redo list. */
export class CommandStack<D> {
  private done: Entry<D>[] = [];
  private undone: Entry<D>[] = [];
  private nextId = 1;

  constructor(private readonly document: () => D) {}

  /** Executes and records a command; false when it changed nothing. */
  execute(command: Command<D>): boolean {
    if (command.execute(this.document()) === false) return false;
    this.done.push({ id: this.nextId++, command });
    this.undone = [];
    return true;
  }

  /** Reverts the last executed command; false when there is nothing to undo. */
  undo(): boolean {
    const entry = this.done.pop();
    if (!entry) return false;
    entry.command.revert(this.document());
    this.undone.push(entry);
    return true;
  }

  /** Executes the last undone command again; false when there is nothing to redo. */
  redo(): boolean {
    const entry = this.undone.pop();
    if (!entry) return false;
    entry.command.execute(this.document());
    this.done.push(entry);
    return true;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Identifies the document state: the id of the last applied command, 0 at the start. */
  get position(): number {
    return this.done.at(-1)?.id ?? 0;
  }

  /** The kinds of the applied commands, oldest first (for tests and diagnostics). */
  get history(): string[] {
    return this.done.map((entry) => entry.command.kind);
  }

  /** Forgets every command (a freshly loaded document). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
