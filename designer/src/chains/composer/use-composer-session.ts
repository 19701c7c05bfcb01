/** Opening, editing, saving and leaving the chain named by the route: the composer page's behaviour. */
import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router';
import { ElMessage, ElMessageBox } from 'element-plus';
import { describeError, useSessionStore } from '@yilian/runtime/ui';
import { chainsApi } from '../../api/chains';
import type { Command } from '../../kernel/command-stack';
import { useUndoRedoKeys } from '../../kernel/undo-redo-keys';
import type { ChainDocument } from '../document/chain-document';
import { useChainDocumentStore } from '../document/document-store';
import { useComposerUiStore } from './composer-ui-store';
import { useMatterCacheStore } from './matter-cache-store';
import { headingFromQuery } from './new-chain-query';

export function useComposerSession() {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const doc = useChainDocumentStore();
  const ui = useComposerUiStore();
  const cache = useMatterCacheStore();

  const loading = ref(false);
  const loadError = ref('');
  const dataElementsError = ref('');
  const canEdit = computed(() => session.hasRole('city-admin') && doc.status === 'draft');

  async function loadDataElements(): Promise<void> {
    dataElementsError.value = '';
    try {
      await cache.loadDataElements();
    } catch (err) {
      dataElementsError.value = describeError(err, t);
    }
  }

  /** Opens the chain named by the route (`new` = a chain not saved yet, heading in the query). */
  async function open(id: string): Promise<void> {
    if (id === doc.chainId) return; // the route caught up with a first save
    loadError.value = '';
    if (id === 'new') {
      const heading = headingFromQuery(route.query);
      if (!heading) loadError.value = t('chains.composer.newMissing');
      else doc.startNew(heading);
      ui.reset();
      void loadDataElements();
      return;
    }
    loading.value = true;
    try {
      const { chain } = await chainsApi.get(id);
      doc.load(chain);
      ui.reset();
      void loadDataElements();
      await cache.ensure(chain.recipe.matters);
    } catch (err) {
      loadError.value = describeError(err, t);
    } finally {
      loading.value = false;
    }
  }

  watch(() => String(route.params.id ?? ''), (id) => void open(id), { immediate: true });
  watch(() => [...doc.recipe.matters], (codes) => void cache.ensure(codes));

  /** Applies an edit; a stale server error goes with it. */
  function run(command: Command<ChainDocument>): void {
    if (doc.execute(command)) ui.saveError = null;
  }

  function undo(): void {
    if (canEdit.value && doc.undo()) ui.saveError = null;
  }

  function redo(): void {
    if (canEdit.value && doc.redo()) ui.saveError = null;
  }

  useUndoRedoKeys(undo, redo);

  async function save(): Promise<void> {
    if (!canEdit.value || doc.recipe.matters.length === 0) return;
    ui.saving = true;
    ui.saveError = null;
    const wasNew = doc.chainId === null;
    try {
      const body = doc.requestBody();
      const saved = doc.chainId ? await chainsApi.update(doc.chainId, body) : await chainsApi.create(body);
      doc.saved(saved);
      ui.markClean();
      ElMessage.success(t('chains.composer.saved'));
      if (wasNew) await router.replace({ name: 'chain-composer', params: { id: saved.id } });
    } catch (err) {
      ui.setSaveError(err, describeError(err, t));
    } finally {
      ui.saving = false;
    }
  }

  onBeforeRouteLeave(async () => {
    if (!canEdit.value || !ui.dirty || loadError.value) return true;
    try {
      await ElMessageBox.confirm(t('chains.composer.leaveConfirm'), t('chains.composer.leaveTitle'), {
        type: 'warning',
        confirmButtonText: t('chains.composer.leave'),
        cancelButtonText: t('chains.composer.stay'),
      });
      return true;
    } catch {
      return false; // stay
    }
  });

  return { loading, loadError, dataElementsError, canEdit, run, undo, redo, save };
}
