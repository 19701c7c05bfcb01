/** The selected item as the properties panel edits it: a plain copy of its own properties. */
import type { FormNodeProps } from '../model/form-model';

export interface SelectedItem {
  path: string[];
  name: string;
  /** Data key of a field (relative to the row for a column); null for layouts. */
  key: string | null;
  props: FormNodeProps;
  layout: boolean;
  inTable: boolean;
}
