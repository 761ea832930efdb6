// The toast after a delete: "Deleted “…” Undo", or why an undo could not be done.
import { i18n } from '@/components/i18n';
import type { UndoState } from './use-delete-with-undo';

interface Props extends UndoState {
  onUndo(): void;
  onDismiss(): void;
}

export function UndoToast({ pending, error, onUndo, onDismiss }: Props) {
  if (!pending && !error) return null;
  return (
    <div className={`toast${error ? ' error' : ''}`} role="status" data-testid="undo-toast">
      <span className="toast-text">{error ?? i18n.t('grid.deleted', [pending!.title || i18n.t('common.untitled')])}</span>
      {pending && (
        <button type="button" className="primary" data-testid="undo-delete" onClick={onUndo}>{i18n.t('grid.undo')}</button>
      )}
      <button type="button" className="toast-close" aria-label={i18n.t('grid.dismiss')} title={i18n.t('grid.dismiss')} onClick={onDismiss}>×</button>
    </div>
  );
}
