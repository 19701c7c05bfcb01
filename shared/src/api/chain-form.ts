/** API contract of a chain's form document: GET and PUT /api/chains/{id}/form. */
import { z } from 'zod';

/** A Formily JSON Schema node as the API carries it (checked in depth by `checkFormSchema` on save). */
export const formSchemaNodeSchema = z
  .looseObject({
    type: z.enum(['object', 'void', 'string', 'number', 'boolean', 'array']),
    properties: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'FormSchemaNode', description: 'A Formily JSON Schema node: type, title, x-component, x-reactions (FEEL in {{ }}), properties…' });

/** One problem of a form: a schema path or a field key, a code, and a zh-CN message. */
export const formProblemSchema = z
  .object({ path: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
  .meta({ id: 'FormProblem' });

/** GET /api/chains/{id}/form: the saved form, or the generated one while none is saved. */
export const chainFormSchema = z
  .object({
    schema: formSchemaNodeSchema,
    /** 0 while never saved; the revision a PUT must be based on. */
    revision: z.number().int().min(0),
    generated: z.boolean(),
    /** Merged field keys missing from the schema. */
    unplaced: z.array(z.string()),
    problems: z.array(formProblemSchema),
  })
  .meta({ id: 'ChainForm' });

/** PUT /api/chains/{id}/form. */
export const chainFormSaveSchema = z
  .object({
    schema: formSchemaNodeSchema,
    revision: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'ChainFormSave' });

export type ChainForm = z.infer<typeof chainFormSchema>;
export type ChainFormSave = z.infer<typeof chainFormSaveSchema>;
