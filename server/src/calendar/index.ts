export { countDays, loadHolidayYears, type StoredHolidayYear } from './holiday-years';
export { loadWorkingCalendar, missingHolidayYears, missingYearsWarning } from './working-calendar';
export { holidayOverview, uploadHolidayYear } from './holiday-commands';
