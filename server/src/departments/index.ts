export { assertCodeFree, getDepartment, listDepartments, pageDepartments, type Department } from './repository';
export { createDepartment, deleteDepartment, updateDepartment } from './commands';
