/**
 * The field registry: one config per catalog field type (`fields/<type>.ts`), the same keys as the
 * designer's palette and properties entries. Typed as a full record: a new catalog type fails to compile here.
 */
import type { FieldRegistry } from './render-context';
import { addressField } from './fields/address';
import { areaField } from './fields/area';
import { booleanField } from './fields/boolean';
import { dateField } from './fields/date';
import { datetimeField } from './fields/datetime';
import { emailField } from './fields/email';
import { fileField } from './fields/file';
import { idcardField } from './fields/idcard';
import { integerField } from './fields/integer';
import { mobileField } from './fields/mobile';
import { moneyField } from './fields/money';
import { multiselectField } from './fields/multiselect';
import { numberField } from './fields/number';
import { selectField } from './fields/select';
import { tableField } from './fields/table';
import { textField } from './fields/text';
import { textareaField } from './fields/textarea';
import { usccField } from './fields/uscc';

export const FIELD_REGISTRY: FieldRegistry = Object.freeze({
  text: textField,
  textarea: textareaField,
  number: numberField,
  integer: integerField,
  date: dateField,
  datetime: datetimeField,
  select: selectField,
  multiselect: multiselectField,
  boolean: booleanField,
  idcard: idcardField,
  uscc: usccField,
  mobile: mobileField,
  email: emailField,
  address: addressField,
  area: areaField,
  money: moneyField,
  file: fileField,
  table: tableField,
});
