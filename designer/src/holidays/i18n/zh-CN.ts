/** Simplified Chinese messages of the holidays page. */
const zhCN = {
  title: '节假日',
  year: '年份',
  offDays: '放假天数',
  makeUpDays: '调休上班天数',
  source: '来源',
  sourceBundled: '内置',
  sourceUpload: '上传',
  loadedAt: '载入时间',
  loadedBy: '载入人',
  /** One year | several years (pluralised by the number of missing years). */
  missing: '缺少 {years} 年的节假日数据，该年份的办理时限将按周一至周五计算。 | 缺少 {years} 年的节假日数据，这些年份的办理时限将按周一至周五计算。',
  openHolidays: '去上传节假日文件',
  uploadTitle: '上传节假日文件',
  uploadHint: '选择某一年的节假日 JSON 文件（含 year 与 days 字段），上传后立即用于计算办理时限。',
  drop: '将某一年的节假日 .json 文件拖到此处，或',
  chooseFile: '选择文件',
  upload: '上传',
  uploaded: '{year} 年节假日已载入：放假 {offDays} 天，调休上班 {makeUpDays} 天',
  fileInvalid: '文件不是有效的 JSON',
  fileRequired: '请先选择文件',
  errorPath: '出错位置：{path}',
  cityOnly: '只有市级管理员可以上传节假日文件。',
  empty: '尚未载入任何年份的节假日数据',
};

export default zhCN;
