/** What the renderer's components share (provided by FormRenderer): the controller, registry, locale, ids. */
import { inject, type Component, type InjectionKey, type Ref } from 'vue';
import type { FieldType, FormLocale, FormProblem } from '@yilian/shared';
import type { FieldConfig } from './field-config';
import type { FileEntry } from './field-values';
import type { FormController } from './form-controller';

/** The field types' configs by type. */
export type FieldRegistry = Readonly<Record<FieldType, FieldConfig>>;

/** Uploads one file for a file field (provided by the app, e.g. `createFileUploader`); reports progress in percent. */
export type UploadFn = (file: File, options: { onProgress: (percent: number) => void; field: string }) => Promise<FileEntry>;

/** Where an app provides its upload function for every form (`app.provide(FORM_UPLOAD, createFileUploader())`). */
export const FORM_UPLOAD: InjectionKey<UploadFn> = Symbol('yilian.form.upload');

/** The DOM ids of a field's parts. */
export interface FieldIds {
  input: string;
  label: string;
  help: string;
  error: string;
}

export interface RenderContext {
  controller: FormController;
  registry: FieldRegistry;
  /** The form content's locale (the user's, or the renderer's `locale` prop). */
  locale: Readonly<Ref<FormLocale>>;
  /** The renderer's UI messages (`formRenderer.*`) in that locale. */
  t: (key: string, params?: Record<string, unknown>) => string;
  /** Unique per rendered form: prefixes every DOM id. */
  idPrefix: string;
  ids: (key: string) => FieldIds;
  /** A problem's message in the locale, labelled with the field's (or column's) title. */
  problemText: (problem: FormProblem) => string;
  upload: UploadFn | undefined;
  largeText: Readonly<Ref<boolean>>;
  /** Sections after the first mount when expanded or scrolled near (false: all at once). */
  lazy: boolean;
  /** Renders plan nodes (layouts render their children with it; breaks an import cycle). */
  Nodes: Component;
  /** Layout addresses → make the layout show its content (expand, mount, switch step). */
  revealers: Map<string, () => void>;
  /** Shows a field (its sections, its step) and focuses it. */
  reveal: (key: string) => Promise<boolean>;
  /** A field's value changed by the user. */
  change: (key: string, value: unknown) => void;
}

export const RENDER_CONTEXT: InjectionKey<RenderContext> = Symbol('yilian.form.render');

/** The enclosing renderer's context. */
export function useRenderContext(): RenderContext {
  const context = inject(RENDER_CONTEXT);
  if (!context) throw new Error('form components render inside FormRenderer');
  return context;
}

let forms = 0;
/** A DOM id prefix unique in the page (several forms may render at once). */
export const nextFormId = (): string => `yl-form-${(forms += 1)}`;
