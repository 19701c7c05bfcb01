/** API contract of GET /api/data-elements: the catalog's shared field dictionary (数据元). */
import { z } from 'zod';
import { dataElementContractSchema } from './catalog';

export const dataElementListSchema = z.object({ items: z.array(dataElementContractSchema) });
