// Save / Remove for the tab's notice. Saving goes through the content script (it holds the
// record and selectors); removing is a direct write in the extension origin.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { i18n } from '../i18n';
import { removeNotice } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { announceNoticeChange } from '../notice-change';
import { saveNoticeResultSchema, sendMessage, type PageState, type SaveNoticeResult } from '@/lib/messages';

interface Props {
  tabId: number;
  state: PageState;
  onChanged: () => void;
}

function savedIdOf(result: SaveNoticeResult | null): number | null {
  return result && (result.status === 'saved' || result.status === 'updated') ? result.noticeId : null;
}

export function SaveControls({ tabId, state, onChanged }: Props) {
  const [result, setResult] = useState<SaveNoticeResult | null>(null);
  const [busy, setBusy] = useState(false);
  const knownId = savedIdOf(result) ?? savedIdOf(state.saved);
  // The stored row, live: disappears when removed here or in the dashboard.
  const stored = useLiveQuery(async () => {
    const db = getDb();
    if (knownId !== null) {
      const row = await db.notices.get(knownId);
      if (row) return row;
    }
    return (await db.notices.where('url').equals(state.url).first()) ?? null;
  }, [knownId, state.url]);

  const save = async () => {
    setBusy(true);
    try {
      const reply = saveNoticeResultSchema.safeParse(await sendMessage('saveNow', undefined, tabId));
      setResult(reply.success ? reply.data : { status: 'error', error: i18n.t('errors.noValidAnswer') });
      onChanged();
    } catch (err) {
      setResult({ status: 'error', error: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!stored?.id) return;
    setBusy(true);
    try {
      await removeNotice(getDb(), stored.id);
      setResult(null);
      void announceNoticeChange({ kind: 'removed', noticeId: stored.id, url: stored.url, canonicalUrl: stored.canonicalUrl });
    } finally {
      setBusy(false);
    }
  };

  const error = result?.status === 'error' ? result.error : state.saved?.status === 'error' ? state.saved.error : null;
  const retrying = !stored && !result ? state.retrying : undefined;
  const status = retrying ? 'retrying' : error ? 'error' : stored ? 'saved' : 'not-saved';
  const text = retrying
    ? i18n.t('popup.retrying', [String(retrying.attempt), String(retrying.of), retrying.error])
    : error
    ? i18n.t('popup.saveFailed', [error])
    : stored
      ? result?.status === 'updated' ? i18n.t('popup.updated') : i18n.t('popup.savedAs')
      : i18n.t('popup.notSaved');
  return (
    <div className="row" style={{ marginTop: 8 }}>
      <button type="button" className="primary" data-testid="save-button" disabled={busy} onClick={save}>
        {i18n.t('popup.save')}
      </button>
      {stored && (
        <button type="button" data-testid="remove-button" disabled={busy} onClick={remove}>
          {i18n.t('popup.remove')}
        </button>
      )}
      <span className={`small ${status === 'error' ? 'error' : 'muted'}`} data-testid="save-status" data-status={status} data-notice-id={stored?.id ?? ''}>
        {text}
      </span>
    </div>
  );
}
