/** A catalog check finding in the UI language, from its kind and params (@yilian/shared CatalogFinding). */
import type { CatalogFinding } from '@yilian/shared';
import { aspectsText, listParam, textParam, type Translate } from '../i18n/coded-messages';

const KEY = 'catalog.checks.messages';

/** The finding's text; a finding without params (an older server) keeps its zh-CN message. */
export function catalogFindingText(t: Translate, finding: Pick<CatalogFinding, 'kind' | 'message'> & { params?: CatalogFinding['params'] }): string {
  const p = finding.params;
  if (!p) return finding.message;
  switch (finding.kind) {
    case 'field-definition': {
      const types = listParam(p.types);
      const list = listParam(p.matters).map((matter, i) => t(`${KEY}.matterType`, { matter, type: types[i] ?? '' }));
      const detail = types.length ? t(`${KEY}.types`, { list: list.join(t(`${KEY}.typesSeparator`)) }) : '';
      return t(`${KEY}.fieldDefinition`, { key: textParam(p.key), aspects: aspectsText(t, p.aspects), types: detail });
    }
    case 'data-element-definition':
      return t(`${KEY}.dataElementDefinition`, { key: textParam(p.key), aspects: aspectsText(t, p.aspects) });
    case 'material-name': {
      const groups = listParam(p.nameMatters);
      const names = listParam(p.names).map((name, i) =>
        t(`${KEY}.materialNameVariant`, { name, matters: (groups[i] ?? '').split(',').join(t(`${KEY}.mattersSeparator`)) }));
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
