/** API contract of /api/auth: login, the signed-in user, tenant switch, self-registration. */
import { z } from 'zod';
import { ROLES } from '../auth';
import { idCardSchema, mobileSchema, usccSchema } from '../validators';
import { addEnglishMessages, msg } from './messages';
import { visibleName } from './names';
import { newPasswordSchema } from './password';
import { TENANT_KINDS } from './tenants';

export const loginBody = z.object({
  username: z.string().trim().min(1, msg('请输入用户名', 'Enter your username')).max(64),
  password: z.string().min(1, msg('请输入密码', 'Enter your password')).max(256),
});
export type LoginInput = z.input<typeof loginBody>;

export const switchTenantBody = z.object({ tenantId: z.string().min(1) });

/** GET /api/auth/me: the signed-in user, the acting tenant and what the switcher offers. */
export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    kind: z.enum(['staff', 'citizen', 'company']),
    tenantId: z.string(),
    roles: z.array(z.object({ role: z.enum(ROLES), departmentId: z.string().nullable() })),
  }),
  activeTenant: z.object({ id: z.string(), name: z.string() }),
  visibleTenants: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(TENANT_KINDS) })),
});
export type Me = z.infer<typeof meSchema>;
/** GET /api/auth/me for an anonymous visitor: nobody is signed in, which is an answer, not an error. */
export const anonymousMeSchema = z.object({ user: z.null() });
export const meOrAnonymousSchema = z.union([meSchema, anonymousMeSchema]);
export type MeOrAnonymous = z.infer<typeof meOrAnonymousSchema>;
export type UserKind = Me['user']['kind'];
export type RoleGrant = Me['user']['roles'][number];

const password = newPasswordSchema;

/** POST /api/auth/register: a citizen (GB 11643 ID) or a company (GB 32100 USCC); the mobile is the username. */
export const registerBody = z.discriminatedUnion('accountType', [
  z.object({
    accountType: z.literal('citizen'),
    mobile: mobileSchema,
    password,
    name: visibleName(z.string().trim().min(1, msg('请输入姓名', 'Enter your name')).max(50)),
    idNumber: idCardSchema,
  }),
  z.object({
    accountType: z.literal('company'),
    mobile: mobileSchema,
    password,
    name: visibleName(z.string().trim().min(1, msg('请输入单位名称', 'Enter the organisation\'s name')).max(100)),
    uscc: usccSchema,
  }),
]);
export type Registration = z.input<typeof registerBody>;
export type CitizenRegistration = Extract<Registration, { accountType: 'citizen' }>;
export type CompanyRegistration = Extract<Registration, { accountType: 'company' }>;

// The identifier validators' messages (shared/src/validators), in English.
addEnglishMessages({
  手机号必须为文本: 'The mobile number must be text',
  请输入手机号: 'Enter a mobile number',
  '手机号格式错误，应为11位大陆手机号码': 'Invalid mobile number: 11 digits of a mainland China number',
  身份证号必须为文本: 'The ID card number must be text',
  身份证号应为18位: 'An ID card number has 18 characters',
  '身份证号格式错误：前17位应为数字，末位为数字或X': 'Invalid ID card number: 17 digits and a digit or X',
  身份证号地区码无效: 'The ID card number\'s region code is invalid',
  身份证号出生日期无效: 'The ID card number\'s date of birth is invalid',
  身份证号出生日期晚于今天: 'The ID card number\'s date of birth is after today',
  身份证号校验位错误: 'The ID card number\'s check character is wrong',
  统一社会信用代码必须为文本: 'The unified social credit code must be text',
  统一社会信用代码应为18位: 'A unified social credit code has 18 characters',
  '统一社会信用代码含非法字符（不使用 I、O、S、V、Z）': 'The unified social credit code has invalid characters (I, O, S, V and Z are not used)',
});
