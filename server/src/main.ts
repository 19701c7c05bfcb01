import '@yilian/shared/zod-jitless'; // first: zod parses without compiling code (no new Function anywhere)
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { boot } from './boot';
import { describeDatabase } from './db/open-database';
import { createApp } from './http/app';
import { networkInterfaces } from 'node:os';
import { demoBanner } from './demo-banner';

/** Entry point: migrate, seed, serve on all interfaces, print URLs and the demo logins (with a loud warning) or, with YILIAN_DEMO=off, none. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const deps = await boot(config);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: '0.0.0.0' }, (info) => {
    const hosts = ['127.0.0.1', ...Object.values(networkInterfaces()).flat().filter((n) => n && n.family === 'IPv4' && !n.internal).map((n) => n!.address)];
    const lines = [
      '',
      'Yilian 一链办理 is running',
      ...hosts.map((h) => `  办事大厅 Citizen portal & workbench: http://${h}:${info.port}/`),
      `  设计器 Designer:        http://127.0.0.1:${info.port}/designer/`,
      `  API reference:          http://127.0.0.1:${info.port}/api/docs`,
      `  Database: ${describeDatabase(config.dbPath)}${config.migrate ? '' : '   (YILIAN_MIGRATE=off)'}${config.now ? `   (clock fixed at ${config.now})` : ''}`,
      '',
      ...demoBanner(config.demo, config.demoPassword),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  });
  const stop = (): void => {
    server.close();
    void deps.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
