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
      constraints: 'value limits (min/max/maxLength/pattern) differ',
      separator: '; ',
    },
  },
};

export default en;
