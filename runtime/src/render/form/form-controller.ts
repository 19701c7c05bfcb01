/**
 * One rendered form's state on @formily/core, without Vue: the Formily form with every field
 * pre-created from the schema (one render on mount, values present for unmounted sections), the
 * FEEL rules as one autorun per node that has rules, per-task permissions, and validation through
 * shared `validateFormValues` (every field, mounted or not). Formily's own validators are switched
 * off (`validatePattern: []`): shared is the one validator, on the client as on the server.
 */
import { createForm, type Field, type Form, type VoidField } from '@formily/core';
import { autorun, batch, observable, toJS, untracked } from '@formily/reactive';
import { Schema } from '@formily/json-schema';
import {
  forbiddenSegment, toFeelContext, validateFieldValue, validateFormValues, valueAt,
  type FeelProblem, type FieldAccess, type FieldPermissions, type FormProblem, type FormSchema, type FormSchemaNode, type ReactionState,
} from '@yilian/shared';
import './feel-compiler'; // expressions compile as FEEL wherever this module is used
import type { FeelScope } from './feel-compiler';
import { buildPlan, planFields, planLayouts, type FieldPlan, type LayoutPlan, type PlanNode } from './form-plan';

export interface FormControllerOptions {
  schema: FormSchema;
  /** Situation answers by dotted key: the rules read them, and they pre-fill fields with the same key. */
  answers?: Readonly<Record<string, unknown>>;
  /** The task's field permissions (absent = editable). */
  permissions?: FieldPermissions;
  initialValues?: Readonly<Record<string, unknown>>;
  /** "Today" for ID-card birth dates (the injectable clock). */
  today?: () => Date;
  /** Problems of FEEL expressions (syntax, runtime), named by the node's address. */
  onProblem?: (problem: FeelProblem) => void;
}

type Values = Record<string, unknown>;

/** The key of a problem path: `staff[1].mobile` → `staff`. */
export const problemKey = (path: string): string => path.replace(/\[.*$/, '');

/** A deep copy of plain JSON values. */
const copy = (values: Readonly<Values> | undefined): Values => (values ? (JSON.parse(JSON.stringify(values)) as Values) : {});

const isPlainObject = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Empty objects left out, arrays (table rows) kept as they are: the parents pre-created for dotted keys. */
function pruned(values: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values)) {
    if (!isPlainObject(value)) {
      out[key] = value;
      continue;
    }
    const inner = pruned(value);
    if (Object.keys(inner).length > 0) out[key] = inner;
  }
  return out;
}

/** Creates the parent objects of a dotted key (`applicant` for `applicant.name`). */
function ensureParents(values: Values, key: string): void {
  if (forbiddenSegment(key) !== undefined) return;
  let node = values;
  for (const part of key.split('.').slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Values;
  }
}

function setAt(values: Values, key: string, value: unknown): void {
  if (forbiddenSegment(key) !== undefined) return;
  ensureParents(values, key);
  const parts = key.split('.');
  const parent = parts.slice(0, -1).reduce((node, part) => node[part] as Values, values);
  parent[parts[parts.length - 1]!] = value;
}

export class FormController {
  readonly form: Form;
  readonly plan: readonly PlanNode[];
  readonly schema: FormSchema;
  private readonly answers: Readonly<Values>;
  private readonly answerContext: Readonly<Values>;
  private readonly permissions: FieldPermissions;
  private readonly today: () => Date;
  private readonly onProblem: ((problem: FeelProblem) => void) | undefined;
  private readonly fieldPlans = new Map<string, FieldPlan>();
  private readonly layoutPlans = new Map<string, LayoutPlan>();
  private readonly fields = new Map<string, Field>();
  private readonly voids = new Map<string, VoidField>();
  private readonly disposers: (() => void)[] = [];
  /** Problems shown on each field (table cells under the table's key), by key. */
  private readonly problems: Record<string, readonly FormProblem[]> = observable.shallow({});
  /** The problems of the last full validation that are still open. */
  private readonly submitted = observable.ref<readonly FormProblem[]>([]);
  /** Files being uploaded (submitting waits for them). */
  private readonly uploading = observable.ref(0);

  constructor(options: FormControllerOptions) {
    this.schema = options.schema;
    this.answers = options.answers ?? {};
    this.answerContext = toFeelContext(this.answers);
    this.permissions = options.permissions ?? {};
    this.today = options.today ?? (() => new Date());
    this.onProblem = options.onProblem;
    this.plan = buildPlan(options.schema);
    const fieldPlans = planFields(this.plan);
    const initialValues = copy(options.initialValues);
    for (const { key } of fieldPlans) {
      if (valueAt(initialValues, key) === undefined && Object.hasOwn(this.answers, key)) setAt(initialValues, key, copy({ v: this.answers[key] }).v);
      // Parents exist from the start: the first value typed under `applicant.` would otherwise create
      // `values.applicant` and re-render every field that read it while it was missing.
      ensureParents(initialValues, key);
    }
    this.form = createForm({ initialValues, validatePattern: [] });
    batch(() => {
      for (const layout of planLayouts(this.plan)) {
        this.layoutPlans.set(layout.address, layout);
        this.voids.set(layout.address, this.form.createVoidField({ name: layout.name, basePath: layout.basePath }));
      }
      for (const plan of fieldPlans) {
        this.fieldPlans.set(plan.key, plan);
        this.fields.set(plan.key, this.form.createField({ name: plan.name, basePath: plan.basePath }));
      }
    });
    // States after creation: a field hidden now leaves the values (Formily moves them to its cache).
    batch(() => {
      for (const layout of this.layoutPlans.values()) if (layout.node['x-reactions']?.length) this.watchRules(layout.node, this.voids.get(layout.address)!, (state) => this.applyLayout(layout, state));
      for (const plan of fieldPlans) {
        const field = this.fields.get(plan.key)!;
        if (plan.node['x-reactions']?.length) this.watchRules(plan.node, field, (state) => this.applyField(plan, field, state));
        else if (plan.node.required === true || this.access(plan.key) !== 'editable') this.applyField(plan, field, { visible: true, required: plan.node.required === true });
      }
    });
  }

  /** The scope of a node's expressions: values (tracked per name), answers, the node, the problem sink. */
  scope(self: Field | VoidField | undefined): FeelScope {
    const onProblem = this.onProblem;
    return { $values: this.form.values as Values, $answers: this.answerContext, $self: self, ...(onProblem ? { $report: onProblem } : {}) };
  }

  /** One autorun per node with rules: evaluates `when` through the registered (FEEL) compiler. */
  private watchRules(node: FormSchemaNode, self: Field | VoidField, apply: (state: ReactionState) => void): void {
    const rules = node['x-reactions'] ?? [];
    this.disposers.push(autorun(() => {
      const scope = this.scope(self);
      const state: ReactionState = { visible: true, required: node.required === true, disabled: false };
      for (const rule of rules) {
        const next = Schema.shallowCompile(rule.when, scope) === true ? rule.fulfill?.state : rule.otherwise?.state;
        if (next?.visible !== undefined) state.visible = next.visible;
        if (next?.required !== undefined) state.required = next.required;
        if (next?.disabled !== undefined) state.disabled = next.disabled;
      }
      untracked(() => apply(state));
    }));
  }

  private applyField(plan: FieldPlan, field: Field, state: ReactionState): void {
    const access = this.access(plan.key);
    const display = state.visible !== false && access !== 'hidden' ? 'visible' : 'none';
    const pattern = access === 'read-only' ? 'readPretty' : state.disabled ? 'disabled' : 'editable';
    batch(() => {
      if (field.selfDisplay !== display) field.setDisplay(display);
      if (field.selfPattern !== pattern) field.setPattern(pattern);
      if (field.required !== (state.required === true)) field.setRequired(state.required === true);
      if (display === 'none') this.setProblems(plan.key, []);
    });
  }

  private applyLayout(layout: LayoutPlan, state: ReactionState): void {
    const display = state.visible === false ? 'none' : 'visible';
    const field = this.voids.get(layout.address)!;
    batch(() => {
      if (field.selfDisplay !== display) field.setDisplay(display);
      if (display === 'none') for (const plan of planFields(layout.children)) this.setProblems(plan.key, []);
    });
  }

  /** The task's access to a field. */
  access(key: string): FieldAccess {
    return this.permissions[key] ?? 'editable';
  }

  field(key: string): Field | undefined {
    return this.fields.get(key);
  }

  layoutField(address: string): VoidField | undefined {
    return this.voids.get(address);
  }

  fieldPlan(key: string): FieldPlan | undefined {
    return this.fieldPlans.get(key);
  }

  /** Every field key in display order. */
  keys(): string[] {
    return [...this.fieldPlans.keys()];
  }

  /** The form's values as plain JSON (hidden fields and empty groups left out). */
  values(): Values {
    return pruned(toJS(this.form.values) as Values);
  }

  /** A value typed or chosen by the user; a field showing problems is checked again at once. */
  input(key: string, value: unknown): void {
    const field = this.fields.get(key);
    if (!field) return;
    void field.onInput(value);
    if (untracked(() => (this.problems[key]?.length ?? 0) > 0)) this.validateField(key);
  }

  /** Checks one field (on blur): its required state, type, limits and table rows. */
  validateField(key: string): readonly FormProblem[] {
    const field = this.fields.get(key);
    const plan = this.fieldPlans.get(key);
    if (!field || !plan) return [];
    const problems = untracked(() => {
      if (field.display !== 'visible' || this.access(key) === 'hidden') return [];
      const required = field.required && this.access(key) !== 'read-only';
      return validateFieldValue(key, plan.node, toJS(field.value), required, { today: this.today() });
    });
    this.setProblems(key, problems);
    return problems;
  }

  /** Validates every field, mounted or not, with shared `validateFormValues`; shows and returns the problems. */
  validate(): FormProblem[] {
    const problems = validateFormValues(this.schema, this.values(), this.answers, this.permissions, { today: this.today() });
    batch(() => {
      for (const key of this.fieldPlans.keys()) this.setProblems(key, problems.filter((p) => problemKey(p.path) === key));
      this.submitted.value = problems;
    });
    return problems;
  }

  /** Validates the fields of `keys` only (a step before moving on); other fields keep their state. */
  validateKeys(keys: readonly string[]): FormProblem[] {
    const wanted = new Set(keys);
    const problems = validateFormValues(this.schema, this.values(), this.answers, this.permissions, { today: this.today() }).filter((p) => wanted.has(problemKey(p.path)));
    batch(() => {
      for (const key of keys) this.setProblems(key, problems.filter((p) => problemKey(p.path) === key));
    });
    return problems;
  }

  private setProblems(key: string, problems: readonly FormProblem[]): void {
    const current = untracked(() => this.problems[key]);
    if ((current?.length ?? 0) === 0 && problems.length === 0) return;
    this.problems[key] = problems;
  }

  /** The problems shown on a field (tracked). */
  problemsOf(key: string): readonly FormProblem[] {
    return this.problems[key] ?? [];
  }

  /** The last full validation's problems that are still shown on their fields (tracked). */
  openProblems(): FormProblem[] {
    return this.submitted.value.filter((p) => (this.problems[problemKey(p.path)] ?? []).some((q) => q.path === p.path && q.code === p.code));
  }

  /** Counts an upload in flight; returns its end. */
  beginUpload(): () => void {
    this.uploading.value += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.uploading.value -= 1;
    };
  }

  /** Files still uploading (tracked). */
  uploadsInFlight(): number {
    return this.uploading.value;
  }

  /** Stops every rule and the form's own reactions. */
  dispose(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    this.form.onUnmount();
  }
}
