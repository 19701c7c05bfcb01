/**
 * Bench page, the baseline: plain @formily/vue (`createSchemaField`, `FormProvider`) with
 * @formily/element-plus components on the same 1,000-field schema, no Yilian layers. Sections are a
 * plain void wrapper (a titled <section>); everything mounts at once, as it does with FormCollapse.
 * @formily/element-plus imports only its own styles: Element Plus' stylesheet is imported as in any Element Plus app.
 */
import 'element-plus/dist/index.css';
import './page.css';
import { createApp, h, nextTick } from 'vue';
import { createForm } from '@formily/core';
import { createSchemaField, FormProvider } from '@formily/vue';
import { DatePicker, FormItem, FormLayout, Input, InputNumber, Select, Switch } from '@formily/element-plus';
import BenchSection from './bench-section';
import { benchSchema, TYPED_KEY } from './schema';
import { toFormilySchema } from './formily-schema';
import { installProbe, markRendered } from './probe';

const { SchemaField } = createSchemaField({
  components: { BenchSection, FormItem, Input, InputNumber, Select, DatePicker, Switch },
});

const probe = installProbe('formily', `input[data-bench-key="${TYPED_KEY}"], [data-bench-key="${TYPED_KEY}"] input`);
const schema = toFormilySchema(benchSchema());
// the typed field is found by an attribute ElInput passes on to its <input>
const typed = (schema.properties as Record<string, { properties: Record<string, Record<string, unknown>> }>).section_0!.properties[TYPED_KEY]!;
typed['x-component-props'] = { ...(typed['x-component-props'] as object), 'data-bench-key': TYPED_KEY };

const form = createForm();
const app = createApp({
  render: () => h('main', [
    h(FormProvider, { form }, () => h(FormLayout, { layout: 'vertical' }, () => h(SchemaField, { schema }))),
  ]),
});
app.mount('#app');
void nextTick(() => markRendered(probe));
