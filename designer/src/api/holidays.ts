import { api } from '@yilian/runtime/ui';

export interface HolidayYear {
  year: number;
  offDays: number;
  makeUpDays: number;
  source: 'bundled' | 'upload';
  loadedAt: string;
  loadedBy: string | null;
}

export interface HolidayOverview {
  years: HolidayYear[];
  /** The current and next year when they have no data. */
  missingYears: number[];
  warning: string | null;
}

export interface HolidayUploadResult {
  year: number;
  offDays: number;
  makeUpDays: number;
  warnings: string[];
}

export const holidaysApi = {
  overview: () => api.get<HolidayOverview>('/api/holidays'),
  /** Uploads a year's holiday file; the body is the file's JSON text as it is. */
  upload: (year: number, fileText: string) =>
    api.request<HolidayUploadResult>('PUT', `/api/holidays/${year}`, { rawJson: fileText }),
};
