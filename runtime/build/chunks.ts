/**
 * Vendor chunk groups for both apps' builds: libraries only some routes use (forms, FEEL, BPMN, the region
 * list, validation) get chunks of their own, so a route loads what it needs and the first page does not carry
 * them (`npm run bench` prints each app's first-page size). Without groups the bundler folds every module
 * shared by the lazy pages into the one chunk the entry also imports.
 */

/** Matches a module inside one of the named packages (pnpm's node_modules layout included). */
const inPackages = (...names: string[]): RegExp => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);

/** `build.rolldownOptions.output.codeSplitting.groups` of both apps. */
export const vendorChunkGroups = [
  { name: 'vendor-feel', test: inPackages('feelin', 'lezer-feel', '@lezer[\\\\/][^\\\\/]+') },
  { name: 'vendor-zod', test: inPackages('zod') },
  { name: 'vendor-redos', test: inPackages('redos-detector') },
  { name: 'vendor-area', test: inPackages('@vant[\\\\/]area-data') },
  { name: 'vendor-temporal', test: inPackages('temporal-polyfill') },
  { name: 'vendor-formily', test: inPackages('@formily[\\\\/][^\\\\/]+') },
  { name: 'vendor-moddle', test: inPackages('bpmn-moddle', 'moddle', 'moddle-xml', 'saxen', 'bpmn-auto-layout', 'bpmnlint') },
  { name: 'vendor-diagram', test: inPackages('diagram-js', 'diagram-js-minimap') },
  { name: 'vendor-bpmn', test: inPackages('bpmn-js', 'bpmn-js-bpmnlint') },
];
