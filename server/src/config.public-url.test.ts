import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('YILIAN_PUBLIC_URL', () => {
  it('is read without its trailing slash, and refused unless http(s)', () => {
    expect(loadConfig({ YILIAN_PUBLIC_URL: 'https://yilian.example.gov.cn/' }).publicUrl).toBe('https://yilian.example.gov.cn');
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(() => loadConfig({ YILIAN_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/YILIAN_PUBLIC_URL/);
  });
});
