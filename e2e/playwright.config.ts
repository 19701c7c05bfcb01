import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.YILIAN_E2E_PORT ?? 8731);
const db = join(tmpdir(), `yilian-e2e-${port}.db`);
const checkpoints = join(tmpdir(), `yilian-e2e-audit-${port}.jsonl`);
const chromium = process.env.YILIAN_CHROMIUM ?? '/usr/bin/chromium';

/** e2e: the production build served by the real server on a fresh temp database, driven in Debian Chromium. */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -f "${db}" "${db}-wal" "${db}-shm" "${checkpoints}" && node ../server/dist/main.js`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      YILIAN_DB: db,
      YILIAN_FILES: join(tmpdir(), `yilian-e2e-files-${port}`),
      YILIAN_NOW: '2025-09-26T02:00:00.000Z',
      YILIAN_SCRYPT_COST: '1024',
      YILIAN_LOG: 'quiet',
      YILIAN_AUDIT_KEY: join(tmpdir(), `yilian-e2e-audit-${port}.pem`),
      YILIAN_AUDIT_CHECKPOINTS: checkpoints,
    },
  },
});
