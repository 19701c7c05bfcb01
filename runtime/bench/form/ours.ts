/**
 * Bench page: our FormRenderer (what `@yilian/runtime/render` exports, imported from its file so the
 * print form's and service guide's styles stay out) on the 1,000-field schema, as the apps mount it:
 * vue-i18n with the renderer's messages, Element Plus' stylesheet. `?mount=all` mounts every section
 * at once (`lazy: false`); by default only the first section mounts before "rendered".
 */
import 'element-plus/dist/index.css';
import './page.css';
import { createApp, h } from 'vue';
import FormRenderer from '../../src/render/form/FormRenderer.vue';
import { formRendererMessages } from '../../src/render/form/i18n';
import { createAppI18n } from '../../src/ui/i18n';
import { benchSchema, TYPED_KEY } from './schema';
import { installProbe, markRendered } from './probe';

const all = new URLSearchParams(location.search).get('mount') === 'all';
const probe = installProbe(all ? 'ours:all' : 'ours:lazy', `[data-field="${TYPED_KEY}"] input`);
const schema = benchSchema();

const app = createApp({
  render: () => h('main', [
    h(FormRenderer, { schema, lazy: !all, hideSubmit: true, onRendered: () => markRendered(probe) }),
  ]),
});
app.use(createAppI18n(formRendererMessages));
app.mount('#app');
