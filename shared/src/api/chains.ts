/** API contract of /api/chains: preview, list, read, create, save and delete chains; guide and checklist. */
import { z } from 'zod';
import { FORBIDDEN_KEY_MESSAGE } from '../catalog';
import type { ChainDecisions } from '../chain';
import type { Checklist, ServiceGuide } from '../guide';
import { forbiddenSegment } from '../keys';
import { codedMessageSchema, itemsOf } from './common';
import { chainRecipeContractSchema } from './catalog';
import { addEnglishMessages, msg } from './messages';

addEnglishMessages({ [FORBIDDEN_KEY_MESSAGE]: '__proto__, constructor and prototype may not be used as keys' });

// ── decisions ─────────────────────────────────────────────────────────────────────────────────

const conflictDecision = z.object({
  key: z.string().min(1),
  resolution: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('pick'), matterCode: z.string().min(1) }),
    z.object({
      kind: z.literal('rename'),
      matterCode: z.string().min(1),
      newKey: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, msg('字段键只能包含字母、数字、下划线和点', 'A field key has only letters, digits, underscores and dots'))
        .refine((k) => forbiddenSegment(k) === undefined, FORBIDDEN_KEY_MESSAGE),
    }),
  ]),
});

/** Administrators' conflict resolutions and suggestion decisions, stored with the chain. */
export const chainDecisionsSchema = z.object({
  conflicts: z.array(conflictDecision).optional(),
  suggestions: z.array(z.object({ keys: z.tuple([z.string().min(1), z.string().min(1)]), accepted: z.boolean() })).optional(),
}).strict();

// ── composition (POST /api/chains/preview, GET /api/chains/{id}) ──────────────────────────────────

/** POST /api/chains/preview. */
export const previewBody = z.object({
  matterCodes: z.array(z.string().min(1)).min(1, msg('至少选择一个事项', 'Choose at least one matter')).max(200).superRefine((codes, ctx) => {
    codes.forEach((code, index) => {
      const first = codes.indexOf(code);
      if (first !== index) {
        ctx.addIssue({
          code: 'custom', path: [index],
          message: `事项 ${code} 重复（与 matterCodes[${first}] 相同）`,
          params: { en: `Matter ${code} is repeated (the same as matterCodes[${first}])` },
        });
      }
    });
  }),
  chainCode: z.string().min(1).optional(),
  answers: z.record(z.string(), z.unknown()).optional()
    .meta({ description: 'Situation answers by situation key; checked against the situations (unknown key or wrong type → 400 naming `answers.<key>`)' }),
  situations: z.array(z.record(z.string(), z.unknown())).max(200).optional()
    .meta({ description: 'The situations of the recipe being composed (default: the resolved chain\'s)' }),
}).strict();
export type PreviewInput = z.input<typeof previewBody>;

const figures = z.object({ steps: z.number(), materials: z.number(), fields: z.number(), days: z.number(), visits: z.number() });

const fieldOut = z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean(), sources: z.array(z.string()) });
const materialOut = z.object({
  code: z.string(), name: z.string(), requiredBy: z.array(z.string()), rongqueAllowed: z.boolean(), commitmentAllowed: z.boolean(),
  required: z.boolean(), askApplicant: z.boolean(), eLicenseCandidate: z.boolean(), producedBy: z.string().optional(),
});

/** The chain's deadlines in working days (null when the matters' order has a cycle). */
const deadlineOut = z.object({
  promisedDays: z.number(),
  promisedPath: z.array(z.string()),
  legalDays: z.number(),
  legalUncappedDays: z.number(),
  legalPath: z.array(z.string()),
  exceeds45: z.boolean(),
});

export const compositionSchema = z.object({
  chainCode: z.string().nullable(),
  matterCodes: z.array(z.string()),
  excludedMatterCodes: z.array(z.string()),
  fields: z.array(fieldOut),
  materials: z.array(materialOut),
  conflicts: z.array(z.object({
    key: z.string(),
    reason: z.string(),
    message: z.string().meta({ description: 'zh-CN; `code` and `params` give it for translation' }),
    code: z.string(),
    params: codedMessageSchema.shape.params,
  })),
  suggestions: z.array(z.object({ keys: z.array(z.string()), labels: z.array(z.string()), status: z.string() })),
  stages: z.array(z.array(z.string())),
  metrics: z.object({ before: figures, after: figures, legal: z.object({ days: z.number(), uncapped: z.number(), exceeds45: z.boolean() }) }).nullable(),
  deadline: deadlineOut.nullable(),
  publishable: z.boolean(),
  blockers: z.array(z.string()).meta({ description: 'zh-CN; blockerMessages gives them as codes' }),
  blockerMessages: z.array(codedMessageSchema),
  problems: z.array(z.object({ source: z.string(), message: z.string() })),
}).meta({ id: 'ChainComposition' });
export type ChainComposition = z.infer<typeof compositionSchema>;

// ── chains ───────────────────────────────────────────────────────────────────────────────────

export const CHAIN_STATUSES = ['draft', 'published', 'retired'] as const;
/** A chain's lifecycle status (drafts are editable). */
export type ChainStatus = (typeof CHAIN_STATUSES)[number];

/** A stored chain: its recipe (yilian.catalog/v1 `chains[]`) and the administrator's merge decisions. */
export const chainSchema = z.object({
  id: z.string(), code: z.string(), name: z.string(), subject: z.string(), status: z.enum(CHAIN_STATUSES),
  recipe: chainRecipeContractSchema, decisions: chainDecisionsSchema,
  revision: z.number().int().meta({ description: '0 when created; every save adds 1' }),
  updatedAt: z.string(), updatedBy: z.string().nullable(),
});
export type ChainRecord = z.infer<typeof chainSchema>;

/** One row of GET /api/chains. */
export const chainListItem = chainSchema.omit({ recipe: true, decisions: true }).extend({
  matterCount: z.number().int(), publishable: z.boolean(),
  blockers: z.array(z.string()), blockerMessages: z.array(codedMessageSchema),
});
export type ChainListItem = z.infer<typeof chainListItem>;

export const chainListSchema = itemsOf(chainListItem);

/** GET /api/chains/{id}. */
export const chainDetailSchema = z.object({ chain: chainSchema, composition: compositionSchema });
export type ChainDetail = z.infer<typeof chainDetailSchema>;

/** POST /api/chains: the recipe is checked in depth by the service (every error with its JSON path). */
export const chainBody = z.object({
  recipe: z.record(z.string(), z.unknown()).meta({ description: 'A chain recipe as in yilian.catalog/v1 chains[]' }),
  decisions: chainDecisionsSchema.default({}),
}).strict();

/** PUT /api/chains/{id}: the same body, and optionally the revision the edit is based on. */
export const chainUpdateBody = chainBody.extend({
  revision: z.number({ error: msg('版本必须为整数', 'The revision must be an integer') })
    .int('版本必须为整数')
    .min(0, msg('版本不能为负', 'The revision cannot be negative'))
    .optional()
    .meta({ description: 'The chain revision this edit is based on (as read); a stale one is refused with 409 stale_revision' }),
}).strict();
export type ChainInput = z.input<typeof chainUpdateBody>;

// ── service guide and checklist ──────────────────────────────────────────────────────────────

const guideMaterial = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  copies: z.number().int(),
  form: z.string(),
  requiredBy: z.array(z.string()),
  exempt: z.object({ reason: z.enum(['produced', 'e-licence']), text: z.string() }).nullable()
    .meta({ description: '免提交: produced inside the chain, or fetched as an e-licence' }),
  rongque: z.boolean(),
  commitment: z.boolean(),
});

const guideMatter = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  department: z.string(),
  subject: z.string(),
  legalBasis: z.string(),
  conditions: z.string(),
  steps: z.array(z.string()),
  legalLimit: z.string(),
  promisedLimit: z.string(),
  fee: z.string(),
  result: z.string(),
  visits: z.number().int(),
  materialCodes: z.array(z.string()),
  appliesWhen: z.string().optional().meta({ description: 'The FEEL condition under which it applies, when it does not always apply' }),
});

/** GET /api/chains/{id}/guide: the service guide (办事指南) of a chain for the acting tenant's window. */
export const serviceGuideSchema = z.object({
  chain: z.object({ code: z.string(), name: z.string(), subject: z.string() }),
  applicants: z.string(),
  matters: z.array(guideMatter),
  stages: z.array(z.object({ stage: z.number().int(), matters: z.array(z.object({ code: z.string(), name: z.string(), department: z.string() })) })),
  materials: z.array(guideMaterial),
  promisedLimit: z.object({ days: z.number(), text: z.string() }),
  legalLimit: z.object({ days: z.number(), text: z.string(), uncappedDays: z.number(), exceeds45: z.boolean() }),
  fee: z.string(),
  visits: z.number().int(),
  situations: z.array(z.object({ key: z.string(), question: z.string() })),
  window: z.object({ name: z.string(), address: z.string(), phone: z.string(), hours: z.string() }),
  onlineUrl: z.string(),
  metrics: z.object({ before: figures, after: figures }).nullable(),
  blockers: z.array(z.string()).meta({ description: 'zh-CN; the composition\'s blockerMessages gives them as codes' }),
}).meta({ id: 'ServiceGuide' });

/** POST /api/chains/{id}/checklist. */
export const checklistBody = z.object({ answers: z.record(z.string(), z.unknown()) }).strict();

/** 一次告知: what one applicant brings, what is exempt, what they fill in, for their situation answers. */
export const checklistSchema = z.object({
  matters: z.array(z.object({ code: z.string(), name: z.string() })),
  excluded: z.array(z.object({ code: z.string(), name: z.string() })),
  bring: z.array(guideMaterial).meta({ description: 'Materials to bring or upload' }),
  exempt: z.array(guideMaterial).meta({ description: 'Materials the office obtains itself (免提交)' }),
  fields: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean() })),
  undetermined: z.array(z.string()).meta({ description: 'Matters kept because an answer their condition needs is missing' }),
}).meta({ id: 'Checklist' });
export type ChainChecklist = z.infer<typeof checklistSchema>;

// The schemas describe the domain's own types exactly (checked both ways at compile time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact = <T extends true>(): T | undefined => undefined;
exact<Same<z.infer<typeof serviceGuideSchema>, ServiceGuide>>();
exact<Same<Omit<ChainChecklist, 'undetermined'>, Checklist>>();
exact<Same<z.infer<typeof chainDecisionsSchema>, ChainDecisions>>();
