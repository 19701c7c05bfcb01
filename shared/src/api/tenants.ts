/** API contract of GET /api/tenants: the tenant tree (public). */
import { z } from 'zod';

export const TENANT_KINDS = ['city', 'county', 'zone'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/** A tenant with its children: the city, its districts, counties and zones. */
export interface TenantNode {
  id: string;
  name: string;
  kind: TenantKind;
  parentId: string | null;
  children: TenantNode[];
}

// A named component: the OpenAPI generator recurses forever on an anonymous recursive schema.
export const tenantNodeSchema: z.ZodType<TenantNode> = z
  .lazy(() =>
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(TENANT_KINDS),
      parentId: z.string().nullable(),
      children: z.array(tenantNodeSchema),
    }),
  )
  .meta({ id: 'TenantNode' });

export const tenantTreeSchema = z.object({ tenants: z.array(tenantNodeSchema) });
export type TenantTree = z.infer<typeof tenantTreeSchema>;
