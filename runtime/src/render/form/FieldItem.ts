/**
 * One field: label, input, help and problems in one observer (no FormItem/connect/mapProps layers,
 * no ResizeObserver: the label is clamped by CSS with a `title`). Static parts (config, ids, node)
 * are read once in setup; the render reads the field's display, pattern, required, value and problems.
 */
import { defineComponent, h, type PropType, type VNodeChild } from 'vue';
import { toJS } from '@formily/reactive';
import type { FieldPlan } from './form-plan';
import { labelWithUnit, nodeText } from './form-texts';
import { useTrackedRender } from './observer';
import { useRenderContext } from './render-context';

export default defineComponent({
  name: 'FormFieldItem',
  props: { plan: { type: Object as PropType<FieldPlan>, required: true } },
  setup(props) {
    const ctx = useRenderContext();
    const { plan } = props;
    const { node, key } = plan;
    const config = ctx.registry[plan.type];
    const field = ctx.controller.field(key)!;
    const ids = ctx.ids(key);
    const scope = ctx.controller.scope(field);

    const onUpdate = (raw: unknown) => {
      const value = config.toValue(raw, node);
      ctx.controller.input(key, value);
      ctx.change(key, value);
    };
    const onBlur = () => {
      if (field.modified || ctx.controller.problemsOf(key).length > 0) ctx.controller.validateField(key);
    };

    return useTrackedRender((): VNodeChild => {
      if (field.display !== 'visible') return null;
      const locale = ctx.locale.value;
      const readPretty = field.pattern === 'readPretty';
      const required = field.required && !readPretty;
      const problems = ctx.controller.problemsOf(key);
      const raw: unknown = field.value;
      const value: unknown = raw !== null && typeof raw === 'object' ? toJS(raw) : raw;
      const title = nodeText(node, 'title', locale, scope) ?? key;
      const unit = config.unit?.(node, locale);
      const label = labelWithUnit(title, unit, locale);
      const help = nodeText(node, 'description', locale, scope);
      const describedBy = [help ? ids.help : '', problems.length ? ids.error : ''].filter(Boolean).join(' ') || undefined;
      const labelTag = config.label === 'for' && !readPretty ? 'label' : 'span';

      let control: VNodeChild;
      if (readPretty && !config.readonlyComponent) {
        const text = value === undefined || value === null ? '' : config.format(value, { node, locale, t: ctx.t });
        control = h('div', { id: ids.input, class: 'yl-field__text', role: 'textbox', 'aria-readonly': 'true', 'aria-labelledby': ids.label, 'aria-describedby': describedBy, tabindex: 0 }, text || ctx.t('formRenderer.empty'));
      } else {
        control = h(config.component, {
          modelValue: value ?? config.emptyValue,
          node,
          type: plan.type,
          fieldKey: key,
          inputId: ids.input,
          labelledBy: ids.label,
          describedBy,
          invalid: problems.length > 0,
          required,
          disabled: field.pattern === 'disabled',
          readonly: readPretty,
          locale,
          placeholder: nodeText(node, 'placeholder', locale, scope),
          problems,
          'onUpdate:modelValue': onUpdate,
          onBlur,
        });
      }

      return h('div', { class: ['yl-field', `yl-field--${plan.type}`, { 'is-error': problems.length > 0, 'is-required': required }], 'data-field': key }, [
        // the asterisk stays outside the label: the label is the input's whole accessible name (required is aria-required)
        h('div', { class: 'yl-field__head' }, [
          h(labelTag, { id: ids.label, class: 'yl-field__label', title: label, ...(labelTag === 'label' ? { for: ids.input } : {}) }, label),
          required ? h('span', { class: 'yl-field__required', 'aria-hidden': 'true' }, '*') : null,
        ]),
        h('div', { class: 'yl-field__control' }, [control]),
        help ? h('p', { id: ids.help, class: 'yl-field__help' }, help) : null,
        problems.length
          ? h('ul', { id: ids.error, class: 'yl-field__errors', 'data-testid': 'field-errors' }, problems.map((p) => h('li', { key: p.path + p.code }, ctx.problemText(p))))
          : null,
      ]);
    });
  },
});
