import { conflictMessage, type Applicability, type ChainComposition, type ComposedChain } from '@yilian/shared';

/** The public shape of a composed chain: the preview contract other tools rely on (keep these names). */
export function describeComposition(chainCode: string | null, c: ComposedChain, applicability: Applicability): ChainComposition {
  return {
    chainCode,
    matterCodes: c.matterCodes,
    excludedMatterCodes: applicability.excluded,
    fields: c.fields.map((f) => ({ key: f.key, label: f.label, type: f.type, required: f.required, sources: f.sources })),
    materials: c.materials.map((m) => ({
      code: m.code, name: m.name, requiredBy: m.requiredBy, rongqueAllowed: m.rongqueAllowed, commitmentAllowed: m.commitmentAllowed,
      required: m.required, askApplicant: m.askApplicant, eLicenseCandidate: m.eLicenseCandidate, ...(m.producedBy ? { producedBy: m.producedBy } : {}),
    })),
    conflicts: c.conflicts.map((x) => ({ key: x.key, reason: x.reason, message: x.message, ...conflictMessage(x) })),
    suggestions: c.suggestions.map((s) => ({ keys: s.keys, labels: s.labels, status: s.status })),
    stages: c.stages,
    metrics: c.metrics ? { before: c.metrics.before, after: c.metrics.after, legal: c.metrics.legal } : null,
    deadline: c.deadline,
    publishable: c.publishable,
    blockers: c.blockers,
    blockerMessages: c.blockerMessages,
    problems: applicability.problems.map((p) => ({ source: p.source, message: p.message })),
  };
}
