// Delete at once, undo for ten seconds: removeNotice hands back everything it took, and Undo puts
// it back with the same ids (restoreNotice). Only the latest deletion can be undone.
import { useCallback, useEffect, useState } from 'react';
import { removeNotice, restoreNotice, type RemovedNotice } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { announceNoticeChange } from '@/components/notice-change';

export const UNDO_MS = 10_000;

export interface UndoState {
  pending: { removed: RemovedNotice; title: string } | null;
  /** Set when the undo was refused (the notice was saved again meanwhile) or a write failed. */
  error: string | null;
}

export function useDeleteWithUndo(describeError: (kind: 'undo' | 'delete', title: string, err?: unknown) => string) {
  const [state, setState] = useState<UndoState>({ pending: null, error: null });
  const remove = useCallback(async (noticeId: number, title: string) => {
    try {
      const removed = await removeNotice(getDb(), noticeId);
      // The page's badge, if it is open in a tab, follows (not saved / saved again).
      if (removed) void announceNoticeChange({ kind: 'removed', noticeId, url: removed.notice.url, canonicalUrl: removed.notice.canonicalUrl });
      setState({ pending: removed ? { removed, title } : null, error: null });
    } catch (err) {
      setState({ pending: null, error: describeError('delete', title, err) });
    }
  }, [describeError]);
  const undo = useCallback(async () => {
    const p = state.pending;
    if (!p) return;
    setState({ pending: null, error: null });
    try {
      const { notice } = p.removed;
      if (!(await restoreNotice(getDb(), p.removed))) setState({ pending: null, error: describeError('undo', p.title) });
      else void announceNoticeChange({ kind: 'saved', noticeId: notice.id, url: notice.url, canonicalUrl: notice.canonicalUrl });
    } catch (err) {
      setState({ pending: null, error: describeError('undo', p.title, err) });
    }
  }, [state.pending, describeError]);
  const dismiss = useCallback(() => setState({ pending: null, error: null }), []);
  useEffect(() => {
    if (!state.pending && !state.error) return;
    const t = setTimeout(dismiss, UNDO_MS);
    return () => clearTimeout(t);
  }, [state, dismiss]);
  return { ...state, remove, undo, dismiss };
}
