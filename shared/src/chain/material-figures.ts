/**
 * One set of material figures for every screen (一套材料, 四减, 一次告知, the guide): the 四减 count of merged
 * materials and its breakdown, merged = applicant uploads + 免提交 by e-licence + produced inside the chain.
 */
import type { MergedMaterial } from './types';

/** Where a merged material comes from for the applicant. */
export type MaterialSource = 'upload' | 'e-licence' | 'produced';

/** The merged materials and the three terms that add up to them. */
export interface MaterialFigures {
  /** Merged materials (one per code): the 四减 "after" figure. */
  merged: number;
  /** The applicant uploads or brings them. */
  upload: number;
  /** 免提交: fetched as an e-licence. */
  eLicence: number;
  /** 免提交: produced by a matter of the same chain. */
  produced: number;
}

/** A produced material is never asked for; an e-licence candidate is fetched; everything else the applicant provides. */
export function materialSource(material: Pick<MergedMaterial, 'producedBy' | 'eLicenseCandidate'>): MaterialSource {
  if (material.producedBy !== undefined) return 'produced';
  return material.eLicenseCandidate ? 'e-licence' : 'upload';
}

/** Counts materials by source; `merged` is always the sum of the three terms. */
export function countMaterialSources(sources: readonly MaterialSource[]): MaterialFigures {
  const count = (source: MaterialSource) => sources.filter((s) => s === source).length;
  return { merged: sources.length, upload: count('upload'), eLicence: count('e-licence'), produced: count('produced') };
}

/** The figures of a chain's merged material list. */
export function materialFigures(materials: ReadonlyArray<Pick<MergedMaterial, 'producedBy' | 'eLicenseCandidate'>>): MaterialFigures {
  return countMaterialSources(materials.map(materialSource));
}
