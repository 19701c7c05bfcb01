import type zhCN from './zh-CN';

/** English messages of the settings page; typed by the zh-CN catalog. */
const en: typeof zhCN = {
  title: 'Tenant settings',
  intro: 'Empty fields inherit the parent (city or built-in) setting; a value entered here applies to this tenant.',
  tenant: 'Tenant: {name}',
  sectionWarning: 'Warnings and supervision',
  sectionRules: 'Processing rules',
  sectionWindow: 'Service window',
  scheme: 'Warning scheme',
  schemeRatio: 'By share of the remaining time',
  schemeOverdue: 'Once overdue',
  yellowRatio: 'Yellow card ratio',
  yellowMinDays: 'Yellow card minimum days',
  supervisionDays: 'Supervision days',
  badReviewFixDays: 'Bad review fix period (working days)',
  correctionStopsClock: 'Corrections stop the clock',
  excludeCreditFlaggedFromRongque: 'No tolerance acceptance for credit-flagged applicants',
  windowName: 'Window name',
  windowAddress: 'Window address',
  windowPhone: 'Phone',
  windowHours: 'Opening hours',
  inherited: 'Inherited: {value}',
  overridden: 'Set here (inherited: {value})',
  inheritOption: 'Inherit ({value})',
  emptyValue: 'not set',
  saved: 'Settings saved',
  noChanges: 'Nothing to save',
  cannotClear: 'Overrides cannot be removed yet; {fields} keep their own values',
};

export default en;
