import { expect, test } from './csp-guard';
import { snap } from './screenshots';

test('the API reference lists the auth routes and links the OpenAPI document', async ({ page, request }, testInfo) => {
  // given the real server on a fresh database
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);

  // when a developer opens the API reference
  await page.goto('/api/docs');

  // then it lists the login route and links the machine-readable document
  await expect(page.getByText('/api/auth/login')).toBeVisible();
  await expect(page.getByRole('link', { name: '/api/openapi.json' })).toBeVisible();
  await snap(page, testInfo, 'api-docs');
});
