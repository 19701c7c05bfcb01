/**
 * Our modeler modules: palette and context pad entries for the elements chain processes are made of
 * (user task; parallel and inclusive gateways), and the multi-command handler that makes the
 * properties panel's compound edits one undo step (bpmn-js-properties-panel's MultiCommandHandler).
 */
import type { PropertyCommand } from '../panel/panel-types';
import type { TranslateFn } from './translate';

/** The command the panel runs several property commands with, as one entry on bpmn-js's command stack. */
export const MULTI_COMMAND = 'yilian.multi-command';

interface CommandStackLike {
  execute(command: string, context: unknown): void;
  registerHandler(command: string, handler: unknown): void;
}

interface Shape {
  type: string;
  businessObject: { $instanceOf(type: string): boolean };
}

interface ElementFactoryLike {
  createShape(attrs: { type: string }): Shape;
}

type Listener = (event: Event, element?: Shape) => void;
interface Entry {
  group: string;
  className: string;
  title: string;
  action: { dragstart: Listener; click: Listener; hover?: unknown };
}

/** Runs each command of its context in order; nested executions share one undo step. */
class MultiCommandHandler {
  static $inject = ['commandStack'];
  constructor(private readonly commandStack: CommandStackLike) {}

  preExecute(context: PropertyCommand[]): void {
    for (const command of context) this.commandStack.execute(command.cmd, command.context);
  }
}

class MultiCommandRegistrar {
  static $inject = ['commandStack'];
  constructor(commandStack: CommandStackLike) {
    commandStack.registerHandler(MULTI_COMMAND, MultiCommandHandler);
  }
}

/** Inserts entries after the entry named `after` (palette and context pad show them in key order). */
function insertAfter(entries: Record<string, Entry>, after: string, added: Record<string, Entry>): Record<string, Entry> {
  if (!(after in entries)) return { ...entries, ...added };
  const out: Record<string, Entry> = {};
  for (const [key, entry] of Object.entries(entries)) {
    out[key] = entry;
    if (key === after) Object.assign(out, added);
  }
  return out;
}

class YilianPaletteProvider {
  static $inject = ['palette', 'create', 'elementFactory', 'translate'];
  constructor(
    palette: { registerProvider(priority: number, provider: unknown): void },
    private readonly create: { start(event: Event, shape: Shape, context?: unknown): void },
    private readonly elementFactory: ElementFactoryLike,
    private readonly translate: TranslateFn,
  ) {
    palette.registerProvider(500, this);
  }

  private entry(type: string, group: string, className: string, title: string): Entry {
    const start: Listener = (event) => this.create.start(event, this.elementFactory.createShape({ type }));
    return { group, className, title: this.translate(title), action: { dragstart: start, click: start } };
  }

  getPaletteEntries(): (entries: Record<string, Entry>) => Record<string, Entry> {
    return (entries) => {
      const withTask = insertAfter(entries, 'create.task', {
        'create.user-task': this.entry('bpmn:UserTask', 'activity', 'bpmn-icon-user-task', 'Create user task'),
      });
      return insertAfter(withTask, 'create.exclusive-gateway', {
        'create.parallel-gateway': this.entry('bpmn:ParallelGateway', 'gateway', 'bpmn-icon-gateway-parallel', 'Create parallel gateway'),
        'create.inclusive-gateway': this.entry('bpmn:InclusiveGateway', 'gateway', 'bpmn-icon-gateway-or', 'Create inclusive gateway'),
      });
    };
  }
}

class YilianContextPadProvider {
  static $inject = ['contextPad', 'create', 'elementFactory', 'injector', 'translate'];
  private readonly autoPlace: { append(source: Shape, shape: Shape): void } | null;
  constructor(
    contextPad: { registerProvider(priority: number, provider: unknown): void },
    private readonly create: { start(event: Event, shape: Shape, context?: unknown): void },
    private readonly elementFactory: ElementFactoryLike,
    injector: { get(name: string, strict: boolean): unknown },
    private readonly translate: TranslateFn,
  ) {
    this.autoPlace = injector.get('autoPlace', false) as YilianContextPadProvider['autoPlace'];
    contextPad.registerProvider(500, this);
  }

  getContextPadEntries(): (entries: Record<string, Entry>) => Record<string, Entry> {
    return (entries) => {
      // offered wherever bpmn-js offers "append task"
      const appendTask = entries['append.append-task'];
      if (!appendTask) return entries;
      const start: Listener = (event, source) => this.create.start(event, this.elementFactory.createShape({ type: 'bpmn:UserTask' }), { source });
      const click: Listener = (event, source) => {
        const shape = this.elementFactory.createShape({ type: 'bpmn:UserTask' });
        if (this.autoPlace && source) this.autoPlace.append(source, shape);
        else this.create.start(event, shape, { source });
      };
      return insertAfter(entries, 'append.append-task', {
        'append.user-task': { group: 'model', className: 'bpmn-icon-user-task', title: this.translate('Append user task'), action: { dragstart: start, click } },
      });
    };
  }
}

/** Palette, context pad and multi-command handler (editing only). */
export const yilianModelingModule = {
  __init__: ['yilianPaletteProvider', 'yilianContextPadProvider', 'yilianMultiCommand'],
  yilianPaletteProvider: ['type', YilianPaletteProvider],
  yilianContextPadProvider: ['type', YilianContextPadProvider],
  yilianMultiCommand: ['type', MultiCommandRegistrar],
};
