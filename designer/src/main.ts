import '@yilian/shared/zod-jitless'; // first: no zod JIT (new Function) under the CSP
import { createApp } from 'vue';
import { installShell } from '@yilian/runtime/ui';
import App from './App.vue';
import { createDesignerRouter } from './router';
import { designerMessages } from './i18n';

// The admin app: tenants, departments, users, settings, calendar, audit (later: catalog and chain design).
const app = createApp(App);
installShell(app, { router: createDesignerRouter(), messages: designerMessages, appNameKey: 'designer.appTitle' });
app.mount('#app');
