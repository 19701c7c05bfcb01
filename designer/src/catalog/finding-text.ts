/** A catalog check finding in the UI language, from its kind and params (@yilian/shared CatalogFinding). */
import type { CatalogFinding } from '@yilian/shared';
import { aspectsText, listParam, textParam, type Translate } from '../i18n/coded-messages';
import { fieldTypeText } from '../format/field-text';

const KEY = 'catalog.checks.messages';

/** Names a matter code as `name（code）` when the finding carries its name (params.matterNames), else the code alone. */
export function matterLabeller(t: Translate, codes: readonly string[], names: readonly string[]): (code: string) => string {
  const byCode = new Map(codes.map((code, i) => [code, names[i]]));
  return (code) => {
    const name = byCode.get(code);
    return name && name !== code ? t('catalog.checks.matterWithCode', { name, code }) : code;
  };
}

/** The finding's text; a finding without params (an older server) keeps its zh-CN message. */
export function catalogFindingText(t: Translate, finding: Pick<CatalogFinding, 'kind' | 'message'> & { params?: CatalogFinding['params']; matterCodes?: readonly string[] }): string {
  const p = finding.params;
  if (!p) return finding.message;
  const matter = matterLabeller(t, finding.matterCodes ?? [], listParam(p.matterNames));
  switch (finding.kind) {
    case 'field-definition': {
      const types = listParam(p.types);
      const list = listParam(p.matters).map((code, i) => t(`${KEY}.matterType`, { matter: matter(code), type: fieldTypeText(types[i] ?? '', t) }));
      const detail = types.length ? t(`${KEY}.types`, { list: list.join(t(`${KEY}.typesSeparator`)) }) : '';
      return t(`${KEY}.fieldDefinition`, { key: textParam(p.key), aspects: aspectsText(t, p.aspects), types: detail });
    }
    case 'data-element-definition':
      return t(`${KEY}.dataElementDefinition`, { key: textParam(p.key), aspects: aspectsText(t, p.aspects) });
    case 'material-name': {
      const groups = listParam(p.nameMatters);
      const names = listParam(p.names).map((name, i) =>
        t(`${KEY}.materialNameVariant`, { name, matters: (groups[i] ?? '').split(',').map(matter).join(t(`${KEY}.mattersSeparator`)) }));
      return t(`${KEY}.materialName`, { code: textParam(p.code), names: names.join(t(`${KEY}.namesSeparator`)) });
    }
    case 'promised-exceeds-legal':
      return t(`${KEY}.promisedExceedsLegal`, { matter: textParam(p.matter), promised: textParam(p.promised), legal: textParam(p.legal) });
    case 'fee-wording':
      return t(`${KEY}.feeWording`, { matter: textParam(p.matter), fee: textParam(p.fee) });
    default:
      return finding.message;
  }
}
