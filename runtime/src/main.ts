import '@yilian/shared/zod-jitless'; // first: no zod JIT (new Function) under the CSP
import { createApp } from 'vue';
import { installShell } from './ui';
import { renderMessages } from './render/messages';
import App from './App.vue';
import { createAppRouter } from './router';

// Citizen portal (一链办理专区) and staff workbench.
const app = createApp(App);
// The shell's catalogs plus the viewers' (service guide, …).
installShell(app, { router: createAppRouter(), messages: renderMessages, appNameKey: 'app.portalName' });
app.mount('#app');
