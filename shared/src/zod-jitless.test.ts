import { describe, expect, it } from 'vitest';
import { globalConfig } from 'zod/v4/core';
import { z } from 'zod';
import { createDepartmentBody } from './index';

describe('zod-jitless', () => {
  it('is on once the shared package is loaded, so no schema compiles code with new Function', () => {
    expect(globalConfig.jitless).toBe(true);
    expect(createDepartmentBody.safeParse({ code: 'mz', name: '民政局' }).success).toBe(true);
    expect(z.object({ a: z.number() }).safeParse({ a: 'x' }).success).toBe(false);
  });
});
