/**
 * @yilian/runtime/render — Vue components that render a Formily JSON Schema form and the field registry
 * (later issues), and the service guide; the designer's previews import them from here.
 */
export { ServiceGuide } from './guide';
