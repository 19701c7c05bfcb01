/** API contract of a chain's process document: GET and PUT /api/chains/{id}/process. */
import { z } from 'zod';

/** One lint finding on an element of the process. */
export const processLintIssueSchema = z
  .object({
    elementId: z.string(),
    rule: z.string(),
    category: z.enum(['error', 'warn']),
    message: z.string(),
  })
  .meta({ id: 'ProcessLintIssue' });

/** GET /api/chains/{id}/process: the saved process, or the generated one while none is saved. */
export const chainProcessSchema = z
  .object({
    /** BPMN 2.0 XML with diagram interchange and `yilian:` attributes. */
    xml: z.string(),
    /** 0 while never saved; the revision a PUT must be based on. */
    revision: z.number().int().min(0),
    generated: z.boolean(),
    lint: z.array(processLintIssueSchema),
  })
  .meta({ id: 'ChainProcess' });

/** PUT /api/chains/{id}/process: any well-formed BPMN 2.0 (a draft may have lint errors). */
export const chainProcessSaveSchema = z
  .object({
    xml: z.string().min(1),
    revision: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'ChainProcessSave' });

export type ChainProcess = z.infer<typeof chainProcessSchema>;
export type ChainProcessSave = z.infer<typeof chainProcessSaveSchema>;
export type ProcessLintIssue = z.infer<typeof processLintIssueSchema>;
