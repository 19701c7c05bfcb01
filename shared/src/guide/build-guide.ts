import type { ChainRecipe, Matter } from '../catalog';
import { materialSource, type ComposedChain } from '../chain';
import { feeText, legalLimitText, materialFormText, promisedLimitText } from './limit-text';
import type { GuideMaterial, ServiceGuide } from './types';

export interface GuideInput {
  recipe: ChainRecipe;
  /** Every matter of the chain, in chain order. */
  matters: readonly Matter[];
  composed: ComposedChain;
  window: ServiceGuide['window'];
  onlineUrl: string;
}

const APPLICANTS: Record<string, string> = { 个人: '自然人（个人）', 法人: '法人及其他组织', '个人,法人': '自然人、法人及其他组织' };

function guideMaterial(m: ComposedChain['materials'][number], names: Map<string, string>): GuideMaterial {
  const source = materialSource(m);
  const exempt = source === 'produced'
    ? { reason: 'produced' as const, text: `免提交：由本链条「${names.get(m.producedBy ?? '') ?? m.producedBy}」办理结果自动获取` }
    : source === 'e-licence' ? { reason: 'e-licence' as const, text: `免提交：可调取电子证照「${m.eLicenseType ?? m.name}」` } : null;
  return {
    code: m.code, name: m.name, required: m.required, copies: m.copies, form: materialFormText(m.form),
    requiredBy: m.requiredBy.map((c) => names.get(c) ?? c), exempt, rongque: m.rongqueAllowed, commitment: m.commitmentAllowed,
  };
}

/** Builds the service guide (办事指南) of a chain from its recipe, matters and composition. */
export function buildServiceGuide(input: GuideInput): ServiceGuide {
  const { recipe, composed } = input;
  const names = new Map(input.matters.map((m) => [m.code, m.name]));
  const byCode = new Map(input.matters.map((m) => [m.code, m]));
  const deadline = composed.deadline;
  return {
    chain: { code: recipe.code, name: recipe.name, subject: recipe.subject },
    applicants: APPLICANTS[recipe.subject] ?? recipe.subject,
    matters: input.matters.map((m) => ({
      code: m.code, name: m.name, type: m.type, department: m.department, subject: m.subject, legalBasis: m.legalBasis,
      conditions: m.conditions, steps: m.steps, legalLimit: legalLimitText(m.legalLimitDays), promisedLimit: promisedLimitText(m.promisedLimitDays),
      fee: feeText([m.fee]), result: m.result, visits: m.visits, materialCodes: m.materials.map((x) => x.code),
      ...(recipe.applicability?.[m.code] ? { appliesWhen: recipe.applicability[m.code] } : {}),
    })),
    stages: composed.stages.map((codes, i) => ({
      stage: i + 1,
      matters: codes.map((code) => ({ code, name: names.get(code) ?? code, department: byCode.get(code)?.department ?? '' })),
    })),
    materials: composed.materials.map((m) => guideMaterial(m, names)),
    promisedLimit: { days: deadline?.promisedDays ?? 0, text: promisedLimitText(deadline?.promisedDays ?? 0) },
    legalLimit: {
      days: deadline?.legalDays ?? 0, text: legalLimitText(deadline?.legalDays ?? 0),
      uncappedDays: deadline?.legalUncappedDays ?? 0, exceeds45: deadline?.exceeds45 ?? false,
    },
    fee: feeText(input.matters.map((m) => m.fee)),
    visits: composed.metrics?.after.visits ?? 1,
    situations: recipe.situations.map((s) => ({ key: s.key, question: s.question })),
    window: input.window,
    onlineUrl: input.onlineUrl,
    metrics: composed.metrics ? { before: composed.metrics.before, after: composed.metrics.after } : null,
    blockers: composed.blockers,
  };
}
