/**
 * English of the user-facing error messages (zh-CN is the default; a request that prefers English
 * gets these, see http/on-error.ts). A code's renderer uses the error's params; a fixed zh-CN message
 * is looked up as it is (without its `path: ` prefix). A message with no English stays zh-CN.
 */
import { englishMessageOf } from '@yilian/shared';
import type { ErrorParams } from './domain-error';

type Render = (p: ErrorParams) => string | undefined;

const str = (value: ErrorParams[string] | undefined): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/** zh-CN nouns of `notFound(what)`. */
const THINGS: Readonly<Record<string, string>> = {
  主题: 'Chain', 事项: 'Matter', 事项版本: 'Matter version', 用户: 'User', 租户: 'Tenant', 部门: 'Department', 文件: 'File', 接口: 'API endpoint',
};

/** What an answer of each situation type must be. */
const ANSWER_TYPES: Readonly<Record<string, string>> = {
  boolean: 'must be true or false', number: 'must be a number', area: 'must be a number', money: 'must be a number',
  integer: 'must be an integer', date: 'must be a YYYY-MM-DD date', file: 'must be an array', table: 'must be an array',
  address: 'must be an address object',
};

function answerProblem(p: ErrorParams): string {
  const options = Array.isArray(p.options) ? p.options.join(', ') : '';
  if (p.reason === 'unknown_situation') return `unknown situation ${str(p.key)}`;
  if (p.type === 'select') return `must be one of ${options}`;
  if (p.type === 'multiselect') return `must be an array of some of ${options}`;
  return ANSWER_TYPES[str(p.type)] ?? 'must be text';
}

/** Renderers by wire code, from the error's params (undefined: no English for this variant). */
const BY_CODE: Readonly<Record<string, Render>> = {
  not_found: (p) => (THINGS[str(p.what)] ? `${THINGS[str(p.what)]} not found` : undefined),
  too_deep: (p) => `JSON nested deeper than ${str(p.limit)} levels`,
  forbidden_key: (p) => `${str(p.path)}: __proto__, constructor and prototype may not be used as keys`,
  payload_too_large: (p) => (p.limit === undefined ? 'The request body is too large' : `The request body is over the ${str(p.limit)}-byte limit`),
  csrf_origin: (p) => `Cross-site request refused: origin ${str(p.origin)} is not allowed`,
  db_unavailable: () => 'The service is busy; try again shortly',
  unstorable_text: () => 'The text contains a character that cannot be stored (NUL)',
  throttled: (p) => (p.reason === 'register'
    ? `Too many sign-ups from this address; try again in ${str(p.minutes)} minutes`
    : `Too many failed sign-ins; try again in ${str(p.minutes)} minutes`),
  stale_revision: (p) => (p.reason === 'chain'
    ? `revision: someone else saved the chain (now revision ${str(p.stored)}; your edit is based on revision ${str(p.base)}); reload and save again`
    : undefined),
  conflict: (p) => {
    switch (p.reason) {
      case 'username': return p.username === undefined ? 'This username is taken' : `Username ${str(p.username)} is taken`;
      case 'mobile': return 'This mobile number is already registered';
      case 'department_code': return p.code === undefined ? 'This department code already exists' : `Department code ${str(p.code)} already exists`;
      case 'chain_code': return p.code === undefined ? 'This chain code already exists' : `Chain code ${str(p.code)} already exists`;
      case 'duplicate': return 'This already exists and cannot be created twice';
      case 'department_in_use': return `${str(p.count)} role grants still name this department; it cannot be deleted`;
      default: return undefined;
    }
  },
  unknown_matter: (p) => `unknown matter code ${str(p.code)}`,
  unknown_chain: (p) => `unknown chain ${str(p.code)}`,
  invalid_answer: answerProblem,
  locked_element: (p) => (p.element === undefined ? undefined : `“${str(p.element)}” is a standard element (三级十同); only city administrators may change it`),
};

/** English of fixed zh-CN messages (after any `path: ` prefix). */
const BY_MESSAGE: Readonly<Record<string, string>> = {
  请先登录: 'Please sign in',
  当前角色无权执行此操作: 'Your role may not do this',
  '请求体不是有效的 JSON': 'The request body is not valid JSON',
  请求路径的百分号编码无效: 'The request path has invalid percent-encoding',
  请求体过大: 'The request body is too large',
  服务器内部错误: 'Internal server error',
  用户名或密码错误: 'Wrong username or password',
  只能修改草稿状态的主题: 'Only draft chains can be changed',
  只能删除草稿状态的主题: 'Only draft chains can be deleted',
  只有主题所属租户可以修改其表单和流程: 'Only the chain\'s own tenant may change its form and process',
  只有市级管理员可以授予市级管理员角色: 'Only a city administrator may grant the city-admin role',
  只有市级管理员可以撤销市级管理员角色: 'Only a city administrator may revoke the city-admin role',
  审批员必须指定所属部门: 'A reviewer needs a department',
  部门不存在: 'Department not found',
  不能撤销自己的管理员角色: 'You cannot revoke your own administrator role',
  申请人账号的角色不能在此修改: 'An applicant account\'s roles cannot be changed here',
  不能停用自己的账号: 'You cannot disable your own account',
  事项编码不可修改: 'A matter\'s code cannot be changed',
  '事项目录由市级统一维护，区县请在本地要素中设置窗口、地址、电话等':
    'The city maintains the matter catalog; counties set their window, address, phone and so on in the local elements',
};

/**
 * The English of an error's message, or undefined when there is none (the zh-CN message is kept).
 * A message `path: text` keeps its path.
 */
export function englishErrorMessage(code: string, message: string, path: string | undefined, params: ErrorParams | undefined): string | undefined {
  const prefix = path && message.startsWith(`${path}: `) ? `${path}: ` : '';
  const rendered = params ? BY_CODE[code]?.(params) : undefined;
  if (rendered !== undefined) return rendered.startsWith(`${path}: `) || !prefix ? rendered : prefix + rendered;
  const rest = message.slice(prefix.length);
  const fixed = BY_MESSAGE[rest] ?? englishMessageOf(rest);
  return fixed === undefined ? undefined : prefix + fixed;
}
