import { ElMessage, ElMessageBox } from 'element-plus';
import { describeError } from '@yilian/runtime/ui';

type Translate = Parameters<typeof describeError>[1];

export interface DeleteTexts {
  /** The question, naming what is deleted. */
  message: string;
  title: string;
  /** Shown once it is deleted. */
  done: string;
}

/**
 * Asks to confirm a deletion, then runs it; the outcome (or the server's error) is shown as a message.
 * Resolves true only when something was deleted.
 */
export async function deleteWithConfirm(t: Translate, texts: DeleteTexts, remove: () => Promise<unknown>): Promise<boolean> {
  try {
    await ElMessageBox.confirm(texts.message, texts.title, {
      type: 'warning',
      confirmButtonText: t('common.delete'),
      cancelButtonText: t('common.cancel'),
    });
  } catch {
    return false; // cancelled
  }
  try {
    await remove();
    ElMessage.success(texts.done);
    return true;
  } catch (err) {
    ElMessage.error(describeError(err, t));
    return false;
  }
}
