import type { DesignerMessageSchema } from './zh-CN';

/** English messages of the designer; typed by the zh-CN catalog. */
const en: DesignerMessageSchema = {
  designer: {
    name: 'Administration',
    appTitle: 'Yilian Administration',
  },
  adminNav: {
    dashboard: 'Home',
    portal: 'Service portal',
  },
  dashboard: {
    welcome: 'Welcome to Yilian administration, {name}',
    tenant: 'Acting tenant: {name}',
    open: 'Open',
    noPages: 'Your role has no administration pages yet.',
  },
  domain: {
    aspects: {
      type: 'types differ',
      options: 'option sets differ',
      columns: 'table columns differ',
      constraints: 'the allowed range, length or format differs',
      separator: '; ',
    },
    fieldTypes: {
      text: 'Text',
      textarea: 'Long text',
      number: 'Number',
      integer: 'Integer',
      date: 'Date',
      datetime: 'Date and time',
      select: 'Single choice',
      multiselect: 'Multiple choice',
      boolean: 'Yes/No',
      idcard: 'ID card number',
      uscc: 'Unified social credit code',
      mobile: 'Mobile number',
      email: 'Email',
      address: 'Address',
      area: 'Area (㎡)',
      money: 'Amount (yuan)',
      file: 'Attachment',
      table: 'Table',
    },
    constraints: {
      min: 'at least {value}',
      max: 'at most {value}',
      maxLength: 'at most {value} characters',
      pattern: 'must match {value}',
      separator: ', ',
    },
  },
};

export default en;
