/** /api/holidays (types from the API contract, @yilian/shared `api/holidays`). */
import type { HolidayOverview, HolidayUploadResult, HolidayYear } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { HolidayOverview, HolidayUploadResult, HolidayYear };

export const holidaysApi = {
  overview: () => api.get<HolidayOverview>('/api/holidays'),
  /** Uploads a year's holiday file; the body is the file's JSON text as it is. */
  upload: (year: number, fileText: string) =>
    api.request<HolidayUploadResult>('PUT', `/api/holidays/${year}`, { rawJson: fileText }),
};
