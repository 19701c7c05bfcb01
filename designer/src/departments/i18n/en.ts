import type zhCN from './zh-CN';

/** English messages of the departments page; typed by the zh-CN catalog. */
const en: typeof zhCN = {
  title: 'Departments',
  create: 'New department',
  createTitle: 'New department',
  editTitle: 'Edit department',
  code: 'Code',
  codeHint: 'Starts with a lower-case letter; lower-case letters, digits and hyphens, at most 32, e.g. scjg',
  name: 'Name',
  search: 'Search department code or name',
  userCount: 'Users',
  codeRequired: 'Enter a code',
  codeFormat: 'The code starts with a lower-case letter and has only lower-case letters, digits and hyphens (at most 32)',
  nameRequired: 'Enter a name',
  nameMax: 'The name has at most {max} characters',
  created: 'Department created',
  updated: 'Department saved',
  deleted: 'Department deleted',
  deleteTitle: 'Delete department',
  deleteConfirm: 'Delete the department “{name}”? This cannot be undone.',
  hasUsers: 'A department with users cannot be deleted',
  empty: 'No departments yet. Use “New department” to add one.',
};

export default en;
