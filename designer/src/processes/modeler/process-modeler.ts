/**
 * Creating the bpmn-js modeler of the process designer: the Modeler with our translate, the yilian moddle
 * extension, lint (bpmn-js-bpmnlint with the shared config), the minimap and our palette/context pad
 * entries; read-only users get the NavigatedViewer (no palette, no context pad, no editing) with lint and
 * minimap. The instance must stay out of Vue's reactivity (shallowRef(markRaw(…)), see designers.md).
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import lintingModule from 'bpmn-js-bpmnlint';
import minimapModule from 'diagram-js-minimap';
import { processLinterConfig, yilianModdleDescriptor, type LintConfig, type LintLocale, type LintResolver, type ModdleElement } from '@yilian/shared';
import { translateModule, type TranslateFn } from './translate';
import { yilianModelingModule } from './yilian-modeling';

/** The fonts of the canvas and of exported images: the app's stack, with CJK faces before the Latin fallbacks. */
export const DIAGRAM_FONT_FAMILY = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', Arial, sans-serif";

type Callback = (event: Record<string, unknown>) => unknown;

/** The part of bpmn-js's API the designer uses. */
export interface ProcessModeler {
  importXML(xml: string, diagramId?: string): Promise<{ warnings: Array<{ message: string }> }>;
  saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
  saveSVG(): Promise<{ svg: string }>;
  getDefinitions(): ModdleElement | undefined;
  get<T = unknown>(service: string, strict?: boolean): T;
  on(event: string | string[], callback: Callback): void;
  on(event: string | string[], priority: number, callback: Callback): void;
  off(event: string | string[], callback: Callback): void;
  destroy(): void;
}

export interface CreateModelerOptions {
  container: HTMLElement;
  editable: boolean;
  translate: TranslateFn;
  lint: { knownKeys: readonly string[]; fieldKeys: readonly string[]; locale?: LintLocale };
}

/** The linter setup for the modeler (a new one whenever the chain's keys change: setLinterConfig). */
export function linterConfig(lint: CreateModelerOptions['lint']): { config: LintConfig; resolver: LintResolver } {
  return processLinterConfig({ knownKeys: lint.knownKeys, fieldKeys: lint.fieldKeys, locale: lint.locale ?? 'zh-CN' });
}

/** A modeler (or, read-only, a navigated viewer) in `container`. */
export function createProcessModeler(options: CreateModelerOptions): ProcessModeler {
  const Editor = options.editable ? Modeler : NavigatedViewer;
  const modules: unknown[] = [translateModule(options.translate), lintingModule, minimapModule];
  if (options.editable) modules.push(yilianModelingModule);
  const instance = new Editor({
    container: options.container,
    // moddle normalises the descriptors it registers in place: each modeler gets its own copy
    moddleExtensions: { yilian: JSON.parse(JSON.stringify(yilianModdleDescriptor)) as unknown },
    additionalModules: modules,
    linting: { active: true, bpmnlint: linterConfig(options.lint) },
    minimap: { open: false },
    // 11 px: a 100 × 80 task holds three lines of eight Chinese characters, clear of the task-type icon
    textRenderer: { defaultStyle: { fontFamily: DIAGRAM_FONT_FAMILY, fontSize: 11, lineHeight: 1.2 } },
  } as ConstructorParameters<typeof Modeler>[0]);
  return instance as unknown as ProcessModeler;
}
