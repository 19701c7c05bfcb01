export { DEFAULT_SETTINGS } from './defaults';
export { deepMerge } from './deep-merge';
export { ownSettings, resolveSettings } from './resolve';
export { updateSettings } from './update';
export {
  settingsPatchSchema, settingsPutSchema, settingsSchema, settingsViewSchema,
  type Settings, type SettingsPatch, type SettingsPutPatch, type SettingsView,
} from './schema';
