/** Non-fatal observations about a well-formed catalog, each with its JSON path. */
import { isForbiddenNoFee, NO_FEE } from './fee';
import type { Catalog, CatalogIssue } from './types';

/** Warnings an administrator should look at before importing the catalog. */
export function catalogWarnings(catalog: Catalog): CatalogIssue[] {
  const warnings: CatalogIssue[] = [];
  const known = new Set(catalog.matters.map((matter) => matter.code));
  catalog.matters.forEach((matter, index) => {
    const at = `matters[${index}]`;
    if (matter.promisedLimitDays > matter.legalLimitDays) {
      warnings.push({
        path: `${at}.promisedLimitDays`,
        message: `承诺时限（${matter.promisedLimitDays} 个工作日）超过法定时限（${matter.legalLimitDays} 个工作日）`,
      });
    }
    if (isForbiddenNoFee(matter.fee)) {
      warnings.push({ path: `${at}.fee`, message: `不收费应写作“${NO_FEE}”，不写“无”` });
    }
    matter.dependsOn.forEach((code, dependsIndex) => {
      if (!known.has(code)) {
        warnings.push({
          path: `${at}.dependsOn[${dependsIndex}]`,
          message: `前置事项 ${code} 不在本文件中，导入前请确认平台已有该事项`,
        });
      }
    });
  });
  return warnings;
}
