import type { ComposedChain, MaterialSource } from '../chain';
import type { GuideMaterial } from './types';

/** 一次告知: exactly the materials and fields one applicant needs, given their situation answers. */
export interface Checklist {
  matters: Array<{ code: string; name: string }>;
  excluded: Array<{ code: string; name: string }>;
  /** Materials to bring or upload (not produced by the chain, not fetched as e-licences). */
  bring: GuideMaterial[];
  /** Materials the office obtains itself (免提交). */
  exempt: GuideMaterial[];
  fields: Array<{ key: string; label: string; required: boolean }>;
}

/** Splits the composed chain for one applicant into what to bring, what is exempt and what to fill. */
export function buildChecklist(composed: ComposedChain, materials: readonly GuideMaterial[], names: ReadonlyMap<string, string>, excluded: readonly string[]): Checklist {
  return {
    matters: composed.matterCodes.map((code) => ({ code, name: names.get(code) ?? code })),
    excluded: excluded.map((code) => ({ code, name: names.get(code) ?? code })),
    bring: materials.filter((m) => m.exempt === null),
    exempt: materials.filter((m) => m.exempt !== null),
    fields: composed.fields.map((f) => ({ key: f.key, label: f.label, required: f.required })),
  };
}

/** Where a guide material comes from, in the terms of the shared material figures (materialFigures). */
export function guideMaterialSource(material: Pick<GuideMaterial, 'exempt'>): MaterialSource {
  return material.exempt?.reason ?? 'upload';
}
