// ESLint flat config: TypeScript + Vue rules, the package dependency direction of architecture.md,
// no import cycles, and no DOM / Node APIs in the pure core (shared, runtime engine).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'http', 'https', 'net', 'worker_threads', 'vm'];
const deepImports = { group: ['@yilian/*/src/*', '**/../shared/src/*', '**/../runtime/src/*', '**/../designer/src/*', '**/../server/src/*'], message: 'Import another package only by its package name and public entry points.' };
const forbid = (...pkgs) => pkgs.map((p) => ({ group: [p, `${p}/*`], message: `The package graph (architecture.md) forbids importing ${p} here.` }));
const noNode = { group: ['node:*', ...NODE_BUILTINS], message: 'Pure core: no Node built-ins.' };
const pureGlobals = ['window', 'document', 'process', 'navigator', 'localStorage', 'sessionStorage', 'location', 'Buffer'].map((name) => ({ name, message: 'Pure core: no DOM or Node globals.' }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/test-results/**', '**/playwright-report/**', 'server/drizzle/**', '.yilian/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js', '.mjs', '.json'] })] },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { patterns: [deepImports] }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  { files: ['shared/src/**/*.ts'], ignores: ['**/*.test.ts'], rules: {
    'no-restricted-imports': ['error', { patterns: [deepImports, noNode, ...forbid('@yilian/runtime', '@yilian/designer', '@yilian/server')] }],
    'no-restricted-globals': ['error', ...pureGlobals],
  } },
  { files: ['runtime/src/engine/**/*.ts'], ignores: ['**/*.test.ts'], rules: {
    'no-restricted-imports': ['error', { patterns: [deepImports, noNode, ...forbid('@yilian/designer', '@yilian/server', 'vue', 'element-plus')] }],
    'no-restricted-globals': ['error', ...pureGlobals],
  } },
  { files: ['runtime/src/**/*.{ts,vue}'], ignores: ['runtime/src/engine/**'], rules: {
    'no-restricted-imports': ['error', { patterns: [deepImports, ...forbid('@yilian/designer', '@yilian/server')] }],
  } },
  { files: ['designer/src/**/*.{ts,vue}', 'runtime/src/**/*.{ts,vue}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['designer/src/**/*.{ts,vue}'], rules: {
    'no-restricted-imports': ['error', { patterns: [deepImports, ...forbid('@yilian/server')] }],
  } },
  { files: ['server/**/*.{ts,mjs}', 'e2e/**/*.ts', '.ci/**/*.mjs', '*.js', '**/*.config.ts'], languageOptions: { globals: { ...globals.node } } },
  { files: ['server/src/**/*.ts'], rules: {
    'no-restricted-imports': ['error', { patterns: [deepImports, ...forbid('@yilian/designer')] }],
  } },
  // Promises in the server and the pure core are awaited, never floating or passed where a callback's
  // result is ignored (typed rules: the type checker knows what is a promise).
  { files: ['server/**/*.ts', 'shared/**/*.ts'],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['shared/bench/*.ts', 'shared/vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    } },
  // Query code awaits drizzle builders (thenable on SQLite and PostgreSQL); only the SQLite driver module
  // may run a query synchronously.
  { files: ['server/src/**/*.ts', 'server/bench/**/*.ts'], ignores: ['server/src/db/sqlite-database.ts'], rules: {
    'no-restricted-syntax': ['error', {
      selector: 'CallExpression[arguments.length=0] > MemberExpression.callee > Identifier.property[name=/^(get|all|run)$/]',
      message: 'Await the query builder instead of .get()/.all()/.run() (synchronous, SQLite-only); the driver lives in server/src/db/sqlite-database.ts.',
    }],
  } },
  // Server layering: services (server/src/<concept>/) never import the HTTP layer. Only routes/, http/ and
  // the composition roots (main, boot, cli, testing) may; services throw DomainError, http/on-error maps it.
  { files: ['server/src/**/*.ts'], ignores: ['server/src/routes/**', 'server/src/http/**', 'server/src/main.ts', 'server/src/boot.ts', 'server/src/cli/**', 'server/src/testing/**'], rules: {
    'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: [{
      target: './server/src',
      from: ['./server/src/routes', './server/src/http'],
      message: 'Services never import routes/ or http/ (server layering): take plain arguments, throw DomainError (server/src/errors).',
    }] }],
  } },
);
