import { formRendererMessages } from './form/i18n';
import { guideMessages } from './guide/i18n';

/**
 * The messages of every viewer in `@yilian/runtime/render`, per locale, one section per viewer
 * (`guide`, `formRenderer`, …): the shell does not carry them; each app that shows a viewer (the portal, the designer's
 * previews) merges these into its catalogs when it creates i18n. A new viewer adds its section here.
 * Also an entry point of its own, `@yilian/runtime/render/messages`: the apps load the messages at
 * start-up without the viewers' components (and the guide's font), which stay in the pages showing them.
 */
export const renderMessages = {
  'zh-CN': { ...guideMessages['zh-CN'], ...formRendererMessages['zh-CN'] },
  en: { ...guideMessages.en, ...formRendererMessages.en },
};
