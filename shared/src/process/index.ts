/**
 * @yilian/shared process core: the `yilian` BPMN extension, parsing uploads, linting with bpmnlint,
 * and generating a chain's process. Pure: no DOM, no Node built-ins (bpmn-moddle's fromXML/toXML are
 * async). The server routes and the bpmn-js designer build on this.
 */
export type { LintConfig, LintReporter, LintResolver, ModdleElement, RuleDefinition, RuleFactory, RuleSetting } from './moddle-types';
export {
  FIELD_ACCESS_VALUES,
  fieldPermissionEntries,
  fieldPermissionsElements,
  isFieldAccess,
  taskFieldAccess,
  workingDays,
  YILIAN_NS_URI,
  YILIAN_PREFIX,
  YILIAN_ROLES,
  YILIAN_STEPS,
  yilianAttributes,
  yilianModdleDescriptor,
  type FieldPermissionEntry,
  type YilianRole,
  type YilianStep,
  type YilianTaskAttributes,
} from './yilian-extension';
export * from './engine-variables';
export * from './multi-instance';
export { bpmnModdle, createBpmnModdle, serializeBpmn } from './bpmn-moddle';
export { decodeBpmn, MAX_BPMN_BYTES, type DecodeResult } from './decode-bpmn';
export * from './parse-bpmn';
export * from './lint';
export * from './generate';
