// In real Chromium (vitest.browser.config.ts): what happy-dom cannot do — load the bundled font, lay the guide
// out and apply the print style sheet (@media print, :has()).
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { ServiceGuide as Guide } from '@yilian/shared';
import ServiceGuide from './ServiceGuide.vue';
import restaurant from './fixtures/restaurant-guide.json';
import { guideMessages } from './i18n';
import { testPlugins } from '../../ui/testing/mount-options';
import { emulateMedia } from '../../ui/testing/browser-commands';

const guide = restaurant as Guide;

/** The guide on its sheet inside the app's chrome, as the portal's guide page shows it. */
function mountInChrome() {
  document.body.innerHTML = `
    <header class="yl-header" data-testid="chrome-header">一链办理</header>
    <main class="yl-main"><div class="yl-guide-sheet" style="border: 1px solid #cfd7e3; padding: 24px" data-testid="sheet"></div></main>`;
  const sheet = document.querySelector<HTMLElement>('[data-testid="sheet"]')!;
  const wrapper = mount(ServiceGuide, { attachTo: sheet, props: { guide }, global: { plugins: testPlugins(['/'], guideMessages).plugins as never[] } });
  const style = (testid: string) => getComputedStyle(document.querySelector(`[data-testid="${testid}"]`)!);
  return { wrapper, sheet, style };
}

describe('ServiceGuide in Chromium', () => {
  afterEach(async () => {
    await emulateMedia('screen');
    document.body.innerHTML = '';
  });

  it('renders the Chinese text in the bundled Noto Sans SC, laid out on screen as designed', async () => {
    // given the guide in the app
    const { wrapper, style } = mountInChrome();
    // when the bold face the title uses is loaded for its text
    const faces = await document.fonts.load('700 24px "Noto Sans SC"', wrapper.get('[data-testid="guide-title"]').text());
    // then it came from the bundled @fontsource files (no system font stands in)
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every((face) => face.family.replace(/"/g, '') === 'Noto Sans SC' && face.status === 'loaded')).toBe(true);
    expect(style('guide-title').fontFamily).toMatch(/^"?Noto Sans SC"?/);
    expect(style('guide-title').fontWeight).toBe('700');
    // and the facts are a two-column grid whose label column is 8em wide
    const label = wrapper.get('.yl-guide__facts dt').element as HTMLElement;
    const em = parseFloat(getComputedStyle(label).fontSize);
    expect(label.getBoundingClientRect().width).toBeCloseTo(8 * em, 0);
    const fee = wrapper.get('[data-testid="guide-fee"]').element as HTMLElement;
    expect(fee.getBoundingClientRect().left).toBeGreaterThan(label.getBoundingClientRect().right);
    // and the material table fills the sheet's width with fixed columns
    const table = wrapper.get('[data-testid="guide-materials"]').element as HTMLElement;
    expect(style('guide-materials').tableLayout).toBe('fixed');
    expect(table.getBoundingClientRect().width).toBeCloseTo((wrapper.element as HTMLElement).getBoundingClientRect().width, 0);
  });

  it('prints the guide alone: the app chrome hidden, the sheet borderless, 10.5 pt text, table heads repeated', async () => {
    // given the guide in the app, on screen with the header and the sheet's frame
    const { style } = mountInChrome();
    expect(style('chrome-header').display).not.toBe('none');
    expect(style('sheet').borderTopWidth).toBe('1px');
    // when printing
    await emulateMedia('print');
    // then only the guide is printed, at 10.5 pt (14 px), and the material table repeats its head on every page
    expect(style('chrome-header').display).toBe('none');
    expect(style('sheet').borderTopWidth).toBe('0px');
    expect(style('sheet').paddingTop).toBe('0px');
    expect(style('service-guide').fontSize).toBe('14px');
    expect(getComputedStyle(document.querySelector('[data-testid="guide-materials"] thead')!).display).toBe('table-header-group');
    expect(getComputedStyle(document.querySelector('[data-testid="guide-materials"] tbody tr')!).breakInside).toBe('avoid');
  });
});
