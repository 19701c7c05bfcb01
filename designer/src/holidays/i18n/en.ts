import type zhCN from './zh-CN';

/** English messages of the holidays page; typed by the zh-CN catalog. */
const en: typeof zhCN = {
  title: 'Holidays',
  year: 'Year',
  offDays: 'Days off',
  makeUpDays: 'Make-up working days',
  source: 'Source',
  sourceBundled: 'Bundled',
  sourceUpload: 'Uploaded',
  loadedAt: 'Loaded at',
  loadedBy: 'Loaded by',
  missing: 'No holiday data for {years}; time limits in that year count Monday to Friday. | No holiday data for {years}; time limits in these years count Monday to Friday.',
  openHolidays: 'Upload the holiday file',
  uploadTitle: 'Upload a holiday file',
  uploadHint: 'Choose the holiday JSON file of one year (with year and days); it applies to time limits at once.',
  drop: 'Drop one year\'s holiday .json file here, or',
  chooseFile: 'choose a file',
  upload: 'Upload',
  uploaded: 'Holidays of {year} loaded: {offDays} days off, {makeUpDays} make-up working days',
  fileInvalid: 'The file is not valid JSON',
  fileRequired: 'Choose a file first',
  errorPath: 'At: {path}',
  cityOnly: 'Only city administrators may upload holiday files.',
  empty: 'No holiday data loaded yet',
};

export default en;
