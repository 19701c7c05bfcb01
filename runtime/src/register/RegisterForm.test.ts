import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { Plugin } from 'vue';
import RegisterForm from './RegisterForm.vue';
import { errorResponse, jsonResponse, stubFetch } from '../ui/testing/fetch-stub';
import { citizenMe } from '../ui/testing/fixtures';
import { testPlugins } from '../ui/testing/mount-options';

function mountForm() {
  const { plugins } = testPlugins();
  return mount(RegisterForm, { attachTo: document.body, global: { plugins: plugins as Plugin[] } });
}

type Wrapper = ReturnType<typeof mountForm>;

async function fill(wrapper: Wrapper, values: Record<string, string>): Promise<void> {
  for (const [testId, value] of Object.entries(values)) await wrapper.get(`[data-testid="${testId}"]`).setValue(value);
}

/** Submits and lets validation and the request run; Element Plus shows a field's message 100 ms later (vi.waitFor). */
async function submit(wrapper: Wrapper): Promise<void> {
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('RegisterForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('rejects an ID number with a wrong check digit with the zh-CN message and sends nothing', async () => {
    // given a citizen form with a wrong check digit (…1235 instead of …1236)
    const seen = stubFetch(() => jsonResponse(citizenMe, 201));
    const wrapper = mountForm();
    await fill(wrapper, {
      'register-name': '张三',
      'register-id-number': '370811199001011235',
      'register-mobile': '13800138000',
      'register-password': 'secret-123',
    });
    // when submitting
    await submit(wrapper);
    // then the ID field shows the validator's zh-CN message and the server was not called
    await vi.waitFor(() => expect(wrapper.text()).toContain('身份证号校验位错误'));
    expect(wrapper.findAll('.el-form-item.is-error')).toHaveLength(1);
    expect(seen).toHaveLength(0);
    expect(wrapper.emitted('success')).toBeUndefined();
  });

  it('rejects a short mobile number and a short password', async () => {
    stubFetch(() => jsonResponse(citizenMe, 201));
    const wrapper = mountForm();
    await fill(wrapper, { 'register-name': '张三', 'register-id-number': '370811199001011236', 'register-mobile': '1380013', 'register-password': 'short' });
    await submit(wrapper);
    await vi.waitFor(() => {
      expect(wrapper.text()).toContain('手机号格式错误，应为11位大陆手机号码');
      expect(wrapper.text()).toContain('密码至少 8 位');
    });
  });

  it('refuses a common or whitespace-only password before anything is sent', async () => {
    // given a citizen form whose password is one of the most common ones
    const seen = stubFetch(() => jsonResponse(citizenMe, 201));
    const wrapper = mountForm();
    await fill(wrapper, { 'register-name': '张三', 'register-id-number': '370811199001011236', 'register-mobile': '13800138000', 'register-password': 'password1' });
    // when submitting, then the shared rule's reason shows and nothing is sent
    await submit(wrapper);
    await vi.waitFor(() => expect(wrapper.text()).toContain('密码过于常见，容易被猜中，请换一个'));
    await fill(wrapper, { 'register-password': '          ' });
    await submit(wrapper);
    await vi.waitFor(() => expect(wrapper.text()).toContain('密码不能只有空白字符'));
    expect(seen).toHaveLength(0);
  });

  it('registers a valid citizen with normalised values and emits success', async () => {
    // given valid input (mobile typed with spaces, ID with a lower-case letter-free value)
    const seen = stubFetch(() => jsonResponse(citizenMe, 201));
    const wrapper = mountForm();
    await fill(wrapper, {
      'register-name': ' 张三 ',
      'register-id-number': '370811199001011236',
      'register-mobile': '138 0013 8000',
      'register-password': 'secret-123',
    });
    // when submitting
    await submit(wrapper);
    // then the server got the normalised body and the form reported success
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body).toEqual({ accountType: 'citizen', name: '张三', mobile: '13800138000', password: 'secret-123', idNumber: '370811199001011236' });
    expect(wrapper.emitted('success')?.[0]).toEqual([citizenMe]);
  });

  it('shows the server message and highlights the field named by error.path', async () => {
    // given the mobile number is already registered
    stubFetch(() => errorResponse(409, 'conflict', '该手机号已注册', 'mobile'));
    const wrapper = mountForm();
    await fill(wrapper, { 'register-name': '张三', 'register-id-number': '370811199001011236', 'register-mobile': '13800138000', 'register-password': 'secret-123' });
    // when submitting
    await submit(wrapper);
    // then the alert shows the message and the mobile field is marked
    expect(wrapper.get('[data-testid="register-error"]').text()).toContain('该手机号已注册');
    const mobileItem = wrapper.get('[data-testid="register-mobile"]').element.closest('.el-form-item');
    expect(mobileItem?.classList.contains('is-error')).toBe(true);
  });

  it('validates the USCC on the company tab', async () => {
    const seen = stubFetch(() => jsonResponse(citizenMe, 201));
    const wrapper = mountForm();
    await wrapper.get('[data-testid="register-tab-company"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="register-id-number"]').exists()).toBe(false);
    await fill(wrapper, { 'register-name': '济宁示范餐饮有限公司', 'register-uscc': '91370811MA3C5X7AOG', 'register-mobile': '13900139000', 'register-password': 'secret-123' });
    await submit(wrapper);
    await vi.waitFor(() => expect(wrapper.text()).toContain('统一社会信用代码含非法字符'));
    expect(seen).toHaveLength(0);
  });
});
