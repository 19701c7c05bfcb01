/** One entry of a State Council holiday notice. */
export interface HolidayDay {
  name: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** true = statutory day off; false = make-up working day (调休), even on a weekend. */
  isOffDay: boolean;
}

/** One year of holiday data, in the format of data/holidays-cn/YYYY.json. */
export interface HolidayFile {
  year: number;
  /** Links to the State Council notices the data comes from. */
  papers?: string[];
  days: HolidayDay[];
}
