export { countDays, loadHolidayYears, type StoredHolidayYear } from './holiday-years';
export { loadWorkingCalendar, missingHolidayYears, missingYearsWarning } from './working-calendar';
