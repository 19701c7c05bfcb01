/** The chain's single material list: one entry per code (catalog-format.md "Materials"). */
import type { Material, MaterialForm, Matter, SourceLevel } from '../catalog';
import type { MergedMaterial } from './types';

/**
 * Strictest first. A sourceLevel states what provenance a matter demands (domain.md §10): A =
 * issued by an authority with e-seal … D = made by the user. One document must satisfy every
 * matter that lists it, and an A document satisfies a matter content with D but not the reverse,
 * so the strictest demand is A.
 */
const SOURCE_STRICTNESS: readonly SourceLevel[] = ['A', 'B', 'C', 'D'];

/** Strictest first: an original satisfies a matter asking for a copy or a scan, not the reverse. */
const FORM_STRICTNESS: readonly MaterialForm[] = ['original', 'copy', 'electronic'];

const stricter = <T>(order: readonly T[], a: T, b: T): T => (order.indexOf(b) < order.indexOf(a) ? b : a);

/**
 * The matter producing a material inside the chain: the first chain matter whose result e-licence
 * equals the material's e-licence type and which does not list the material itself (a matter
 * cannot produce its own input: 出生登记 needs the family's 户口簿 and issues the new page).
 */
function producerOf(material: MergedMaterial, matters: readonly Matter[]): string | undefined {
  if (material.eLicenseType === undefined) return undefined;
  const producer = matters.find(
    (matter) => matter.resultELicense === material.eLicenseType && !material.requiredBy.includes(matter.code),
  );
  return producer?.code;
}

function fresh(material: Material, matterCode: string): MergedMaterial {
  const merged: MergedMaterial = {
    code: material.code,
    name: material.name,
    required: material.required,
    requiredBy: [matterCode],
    rongqueAllowed: material.rongqueAllowed,
    commitmentAllowed: material.commitmentAllowed,
    sourceLevel: material.sourceLevel,
    copies: material.copies,
    form: material.form,
    askApplicant: true,
    eLicenseCandidate: material.eLicenseType !== undefined,
  };
  if (material.eLicenseType !== undefined) merged.eLicenseType = material.eLicenseType;
  return merged;
}

function absorb(merged: MergedMaterial, material: Material, matterCode: string): void {
  merged.required ||= material.required;
  if (!merged.requiredBy.includes(matterCode)) merged.requiredBy.push(matterCode);
  merged.rongqueAllowed &&= material.rongqueAllowed;
  merged.commitmentAllowed &&= material.commitmentAllowed;
  merged.sourceLevel = stricter(SOURCE_STRICTNESS, merged.sourceLevel, material.sourceLevel);
  merged.copies = Math.max(merged.copies, material.copies);
  merged.form = stricter(FORM_STRICTNESS, merged.form, material.form);
  if (merged.eLicenseType === undefined && material.eLicenseType !== undefined) {
    merged.eLicenseType = material.eLicenseType;
    merged.eLicenseCandidate = true;
  }
}

/** Merges the matters' materials in chain order; name and e-licence type are the first seen. */
export function mergeMaterials(matters: readonly Matter[]): MergedMaterial[] {
  const byCode = new Map<string, MergedMaterial>();
  for (const matter of matters) {
    for (const material of matter.materials) {
      const merged = byCode.get(material.code);
      if (merged) absorb(merged, material, matter.code);
      else byCode.set(material.code, fresh(material, matter.code));
    }
  }
  return [...byCode.values()].map((material) => {
    const producedBy = producerOf(material, matters);
    return producedBy === undefined ? material : { ...material, producedBy, askApplicant: false };
  });
}
