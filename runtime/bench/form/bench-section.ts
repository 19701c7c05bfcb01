/** The baseline's section: a plain void wrapper, a titled <section> around its fields. */
import { defineComponent, h } from 'vue';

export default defineComponent({
  name: 'BenchSection',
  props: { title: { type: String, default: '' } },
  setup(props, { slots }) {
    return () => h('section', { class: 'bench-section' }, [h('h2', props.title), slots.default?.()]);
  },
});
