export { assertCodeFree, getDepartment, listDepartments, type Department } from './repository';
export { createDepartment, deleteDepartment, updateDepartment } from './commands';
