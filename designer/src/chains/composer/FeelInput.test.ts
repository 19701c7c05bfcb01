import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import FeelInput from './FeelInput.vue';
import { designerPlugins } from '../../testing/mount-options';

function mountInput(modelValue = '', serverError?: string) {
  return mount(FeelInput, {
    props: {
      modelValue,
      variables: ['premises.area', 'sellsTobacco'],
      source: 'applicability:000125049000',
      testid: 'applicability-000125049000',
      errorTestid: 'applicability-error-000125049000',
      ...(serverError ? { serverError } : {}),
    },
    global: { plugins: designerPlugins() },
    attachTo: document.body,
  });
}

const error = (wrapper: ReturnType<typeof mountInput>) => wrapper.find('[data-testid="applicability-error-000125049000"]');

describe('FeelInput', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows an unknown variable while typing, and clears it once the name is right', async () => {
    // given the fire inspection's condition input, with the chain's situations as variables
    const wrapper = mountInput('premises.area >= 300');
    expect(error(wrapper).exists()).toBe(false);
    // when typing a name that is not a situation key
    await wrapper.get('[data-testid="applicability-000125049000"] input').setValue('area >= 300');
    // then the error names the variable, under the input
    expect(error(wrapper).text()).toBe('未知变量「area」 (area >= 300)');
    // when correcting it
    await wrapper.get('[data-testid="applicability-000125049000"] input').setValue('premises.area >= 300 or sellsTobacco = true');
    // then the error is gone
    expect(error(wrapper).exists()).toBe(false);
  });

  it('shows a syntax error and accepts an empty condition (always applies)', async () => {
    const wrapper = mountInput();
    await wrapper.get('[data-testid="applicability-000125049000"] input').setValue('premises.area >=');
    expect(error(wrapper).text()).toContain('语法错误');
    await wrapper.get('[data-testid="applicability-000125049000"] input').setValue('  ');
    expect(error(wrapper).exists()).toBe(false);
  });

  it('commits the typed expression on change, not on every key', async () => {
    const wrapper = mountInput('sellsTobacco = true');
    const input = wrapper.get('[data-testid="applicability-000125049000"] input');
    await input.setValue('sellsTobacco = false');
    expect(wrapper.emitted('commit')).toEqual([['sellsTobacco = false']]);
  });

  it('shows the server\'s problem for the saved expression until it is edited', async () => {
    // given a saved expression the server refused for a reason the local check does not see
    const wrapper = mountInput('premises.area >= 300', 'recipe.applicability.000125049000: 条件无效');
    // then its message is shown
    expect(error(wrapper).text()).toBe('recipe.applicability.000125049000: 条件无效');
    // when the expression is edited, the stale server message goes
    await wrapper.get('[data-testid="applicability-000125049000"] input').setValue('premises.area >= 200');
    expect(error(wrapper).exists()).toBe(false);
  });
});
