/** Mounting the form renderer in browser-mode tests (Chromium): real layout, Element Plus styles, the app's i18n. */
import 'element-plus/dist/index.css';
import { mount, type VueWrapper } from '@vue/test-utils';
import type { AppLocale } from '../../../ui/i18n';
import FormRenderer from '../FormRenderer.vue';
import { formI18n } from './mount-form';

type RendererProps = InstanceType<typeof FormRenderer>['$props'];

export interface MountedForm {
  wrapper: VueWrapper;
  i18n: ReturnType<typeof formI18n>;
  /** The renderer's exposed API. */
  api: { values(): Record<string, unknown>; validate(): unknown[]; reveal(key: string): Promise<boolean> };
}

const mounted: VueWrapper[] = [];

/** Mounts a FormRenderer into the document (unmounted by `unmountForms`). */
export function mountForm(props: RendererProps, locale: AppLocale = 'zh-CN'): MountedForm {
  const i18n = formI18n(locale);
  const host = document.body.appendChild(document.createElement('div'));
  const wrapper = mount(FormRenderer, { props, global: { plugins: [i18n] }, attachTo: host }) as VueWrapper;
  mounted.push(wrapper);
  return { wrapper, i18n, api: wrapper.vm as unknown as MountedForm['api'] };
}

/** Unmounts every form of the test and clears the document. */
export function unmountForms(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
}
