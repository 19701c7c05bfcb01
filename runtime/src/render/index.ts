/**
 * @yilian/runtime/render — Vue components that render a Formily JSON Schema form and the field registry.
 * Placeholder: later issues fill it; the designer's form preview imports it from here.
 */
export {};
