import '@yilian/shared/zod-jitless'; // first: zod parses without compiling code (no new Function anywhere)
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { boot } from './boot';
import { describeDatabase } from './db/open-database';
import { createApp } from './http/app';
import { networkInterfaces } from 'node:os';

/** Entry point: migrate, seed, serve on all interfaces, print URLs and demo logins. */
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
      `Demo accounts (password: ${config.demoPassword === 'yilian-demo' ? 'yilian-demo' : '$YILIAN_DEMO_PASSWORD'}):`,
      '  city-admin.370800         市级管理员 city administrator',
      '  county-admin.370811       任城区管理员 (also county-admin.370881 曲阜市)',
      '  window-clerk.370811       综合窗口 window clerk',
      '  reviewer.scjg.370811      市场监管审批员 (reviewer.<dept>.<tenant>)',
      '  supervisor.370800         电子监察 supervisor',
      '  citizen.demo              个人 citizen      company.demo   法人 company',
      '',
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
