import { createApp } from 'vue';
import { installShell } from './ui';
import App from './App.vue';
import { createAppRouter } from './router';

// Citizen portal (一链办理专区) and staff workbench.
const app = createApp(App);
installShell(app, { router: createAppRouter(), appNameKey: 'app.portalName' });
app.mount('#app');
