// Delete in two steps: the first click asks, the second calls onDelete.
import { useState } from 'react';
import { i18n } from '#i18n';

export function DeleteButton({ onConfirm }: { onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" data-testid="notice-delete" onClick={() => setAsking(true)}>{i18n.t('noticePage.delete')}</button>;
  return (
    <span className="row">
      <button type="button" className="primary" data-testid="notice-delete-confirm" onClick={onConfirm}>{i18n.t('noticePage.confirmDelete')}</button>
      <button type="button" onClick={() => setAsking(false)}>{i18n.t('noticePage.cancel')}</button>
    </span>
  );
}
