import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import HolidayUpload from './HolidayUpload.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

describe('HolidayUpload', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('takes the year file in the same drop zone as the catalog import and reports what was loaded', async () => {
    // given the server accepts the 2027 file
    const seen = stubFetch(() => jsonResponse({ year: 2027, offDays: 30, makeUpDays: 6, warnings: ['2027-10-08 调休上班'] }));
    const wrapper = mount(HolidayUpload, { attachTo: document.body, global: { plugins: designerPlugins() } });
    expect(wrapper.get('[data-testid="holiday-dropzone"]').text()).toContain('拖到此处');
    // when a file is dropped on the zone
    const file = new File([JSON.stringify({ year: 2027, days: [] })], 'holidays-2027.json', { type: 'application/json' });
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: { files: File[] } };
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    wrapper.get('[data-testid="holiday-dropzone"]').element.dispatchEvent(drop);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="holiday-file-name"]').exists()).toBe(true));
    // then the zone names the file and the year comes from it
    expect(wrapper.get('[data-testid="holiday-file-name"]').text()).toContain('holidays-2027.json');
    await flushPromises();
    expect((wrapper.get('[data-testid="holiday-year"] input').element as HTMLInputElement).value).toBe('2027');
    // when uploading
    await wrapper.get('[data-testid="holiday-upload-submit"]').trigger('click');
    await flushPromises();
    // then the year's file went as it is, and the report lists the figures and warnings
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', url: '/api/holidays/2027' });
    const report = wrapper.get('[data-testid="holiday-upload-result"]').text();
    expect(report).toContain('2027 年节假日已载入：放假 30 天，调休上班 6 天');
    expect(report).toContain('2027-10-08 调休上班');
  });
});
