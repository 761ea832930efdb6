// The saved notices, one row each; clicking a row selects it for the facts view.
import { useState } from 'react';
import { i18n } from '@/components/i18n';
import type { StoredNotice } from '@/lib/db';

/** "2025-07-01 18:05" in the researcher's time zone. */
function localDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface Props {
  notices: readonly StoredNotice[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onDelete: (id: number) => void;
}

export function NoticesTable({ notices, selectedId, onSelect, onDelete }: Props) {
  // Deleting takes two clicks (Delete, then Confirm) instead of a window.confirm dialog.
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <table className="grid" data-testid="notices-table">
      <thead>
        <tr>
          <th>{i18n.t('fields.title')}</th>
          <th>{i18n.t('fields.issuer')}</th>
          <th>{i18n.t('fields.inspectedUnit')}</th>
          <th>{i18n.t('fields.publishedDate')}</th>
          <th>{i18n.t('fields.savedAt')}</th>
          <th className="num">{i18n.t('fields.facts')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {notices.map((n) => (
          <tr
            key={n.id}
            data-testid="notice-row"
            data-id={n.id}
            aria-selected={n.id === selectedId}
            className={n.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(n.id)}
          >
            <td>
              <div>{n.notice.title ?? n.pageTitle ?? i18n.t('common.untitled')}</div>
              <a className="small muted" href={n.url} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
                {n.url}
              </a>
            </td>
            <td>{n.notice.issuer ?? '—'}</td>
            <td>{n.notice.inspectedUnit ?? '—'}</td>
            <td className="nowrap">{n.notice.publishedDate ?? '—'}</td>
            <td className="nowrap">{localDateTime(n.savedAt)}</td>
            <td className="num">{n.factCount}</td>
            <td className="nowrap" onClick={(e) => e.stopPropagation()}>
              {confirming === n.id ? (
                <>
                  <button type="button" className="primary" data-testid="confirm-delete" onClick={() => onDelete(n.id)}>
                    {i18n.t('dashboard.confirmDelete')}
                  </button>{' '}
                  <button type="button" data-testid="cancel-delete" onClick={() => setConfirming(null)}>
                    {i18n.t('dashboard.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" data-testid="delete-notice" onClick={() => setConfirming(n.id)}>
                  {i18n.t('dashboard.delete')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
