/** Types for the untyped modeler add-ons (didi modules: service definitions by name). */
declare module 'bpmn-js-bpmnlint' {
  const lintingModule: Record<string, unknown>;
  export default lintingModule;
}

declare module 'diagram-js-minimap' {
  const minimapModule: Record<string, unknown>;
  export default minimapModule;
}
