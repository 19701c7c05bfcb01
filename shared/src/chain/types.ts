/** Types of a composed chain: merged form, merged materials, stages, deadline and 四减 figures. */
import type { DataElement, DefinitionAspect, Field, FieldType, Matter, MaterialForm, SourceLevel } from '../catalog';
import type { CodedMessage } from '../messages';

/** One matter's definition of a field key. */
export interface FieldVariant {
  matterCode: string;
  field: Field;
}

/** One field of the chain form: one per distinct key. */
export interface MergedField {
  key: string;
  /** The data element label, else the first label seen in chain order. */
  label: string;
  /** The first type seen (or the picked variant's). */
  type: FieldType;
  /** True if any matter requires it. */
  required: boolean;
  /** Codes of the matters that ask it, in chain order. */
  sources: string[];
  /** The definition the chain form uses: first seen (or picked), with the merged label and `required`. */
  definition: Field;
  /** Every matter's variant, present when the variants' definitions differ. */
  variants?: FieldVariant[];
}

/** A key whose variants differ in definition; publishing is refused while it is unresolved. */
export interface FieldConflict {
  key: string;
  /** The most severe differing aspect (machine code). */
  reason: DefinitionAspect;
  /** Every differing aspect, most severe first. */
  reasons: DefinitionAspect[];
  /** zh-CN explanation for the administrator (`conflictMessage` gives it as a code). */
  message: string;
  variants: FieldVariant[];
}

/** Two keys that look like one concept (equal normalised labels) and are never asked together. */
export interface MergeSuggestion {
  /** In chain order of first appearance. */
  keys: [string, string];
  /** The label variants (as written) whose normalised forms are equal. */
  labels: [string, string];
  /** The administrator's decision so far. */
  status: 'pending' | 'accepted' | 'rejected';
}

/** One material of the chain's single material list: one per code. */
export interface MergedMaterial {
  code: string;
  name: string;
  required: boolean;
  /** Every matter of the chain that lists it, in chain order (whether or not it requires it). */
  requiredBy: string[];
  rongqueAllowed: boolean;
  commitmentAllowed: boolean;
  sourceLevel: SourceLevel;
  eLicenseType?: string;
  /** The chain matter whose result e-licence is this material. */
  producedBy?: string;
  copies: number;
  form: MaterialForm;
  /** False when the chain itself produces the material. */
  askApplicant: boolean;
  /** True when it can be fetched as an e-licence instead of uploaded (免提交 candidate). */
  eLicenseCandidate: boolean;
}

/** The figures of one side of the 四减 comparison. */
export interface Figures {
  steps: number;
  materials: number;
  fields: number;
  days: number;
  visits: number;
}

/** 四减 figures: before (matters handled alone), after (as one chain), and the legal limit. */
export interface ChainMetrics {
  before: Figures;
  after: Figures;
  legal: { days: number; uncapped: number; exceeds45: boolean };
}

/** The chain's deadlines: longest paths through the dependency graph, in working days. */
export interface ChainDeadline {
  promisedDays: number;
  /** Matter codes of the promised critical path, prerequisite first. */
  promisedPath: string[];
  /** The legal path capped at 45 days (《行政许可法》第四十二条, joint handling). */
  legalDays: number;
  legalUncappedDays: number;
  legalPath: string[];
  exceeds45: boolean;
}

/** A refused dependency graph, naming the cycle in handling order (`A → B → A`). */
export interface CycleError {
  kind: 'cycle';
  cycle: string[];
  message: string;
}

/** An error that prevents staging and timing the chain. */
export type ChainError = CycleError;

/** Stages of the chain (stage 1 = roots), or the cycle that makes them impossible. */
export type StagesResult = { ok: true; value: string[][] } | { ok: false; error: CycleError };

/** How an administrator resolved a conflicting key. */
export type ConflictResolution =
  | { kind: 'pick'; matterCode: string }
  | { kind: 'rename'; matterCode: string; newKey: string };

/** A conflict resolution for one key. */
export interface ConflictDecision {
  key: string;
  resolution: ConflictResolution;
}

/** The administrator's answer to a merge suggestion (recorded; applied only to the generated form). */
export interface SuggestionDecision {
  keys: [string, string];
  accepted: boolean;
}

/** The decisions stored with a chain. */
export interface ChainDecisions {
  conflicts?: ConflictDecision[];
  suggestions?: SuggestionDecision[];
}

/** Input of composeChain; matters in chain order. */
export interface ComposeChainInput {
  matters: readonly Matter[];
  dataElements?: readonly DataElement[];
  chainDependsOn?: Readonly<Record<string, readonly string[]>>;
  decisions?: ChainDecisions;
  /** Matters that apply (from situation answers); absent = every matter (the design view). */
  applicableMatterCodes?: readonly string[];
}

/** Everything the designer shows for a chain, and whether it may be published. */
export interface ComposedChain {
  /** The applicable matters' codes, in chain order. */
  matterCodes: string[];
  fields: MergedField[];
  conflicts: FieldConflict[];
  suggestions: MergeSuggestion[];
  materials: MergedMaterial[];
  stages: string[][];
  /** Null when the dependency graph has a cycle. */
  metrics: ChainMetrics | null;
  deadline: ChainDeadline | null;
  errors: ChainError[];
  /** Decisions that could not be applied (zh-CN); they are ignored. */
  warnings: string[];
  /** The same as codes (see CHAIN_MESSAGE_CODES). */
  warningMessages: CodedMessage[];
  publishable: boolean;
  /** Why it may not be published (zh-CN). */
  blockers: string[];
  /** The same as codes: chain_empty, dependency_cycle, field_conflict_unresolved. */
  blockerMessages: CodedMessage[];
}
