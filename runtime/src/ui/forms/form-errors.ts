import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '../api/api-error';
import { describeError, fieldOfPath } from '../api/describe-error';

/**
 * Errors of one form: a message for the whole form plus the field the server named in `error.path`
 * (bind `fieldErrors[name]` to `el-form-item :error`).
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const { t } = useI18n();
  const fieldErrors = reactive<Record<string, string>>(Object.fromEntries(fields.map((f) => [f, '']))) as Record<F, string>;
  const formError = ref('');
  /** The raw path of the last server error (e.g. `days[3].date`), shown where no field matches. */
  const errorPath = ref('');

  function clear(field?: F): void {
    if (field !== undefined) {
      fieldErrors[field] = '';
      return;
    }
    for (const f of fields) fieldErrors[f] = '';
    formError.value = '';
    errorPath.value = '';
  }

  /** Shows a failed call's message and highlights the field it names. */
  function apply(err: unknown): void {
    clear();
    const message = describeError(err, t);
    formError.value = message;
    if (isApiError(err) && err.path) {
      errorPath.value = err.path;
      const field = fieldOfPath(err.path) as F;
      if (fields.includes(field)) fieldErrors[field] = message;
    }
  }

  return { fieldErrors, formError, errorPath, apply, clear };
}
