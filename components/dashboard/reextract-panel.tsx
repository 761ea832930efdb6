// "Re-extract collection" (issue 9): start, follow and cancel the background's job, and read its
// report. Progress comes from storage.local, where the background writes it after each batch, so
// it survives a reload of this page and shows the last report later.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { ENGINE_VERSION } from '@/lib/engine-version';
import { sendMessage, type ReextractProgress } from '@/lib/messages';
import { REEXTRACT_PROGRESS_KEY, reextractableCount } from '@/lib/reextract/run-reextract';
import { getDb } from '@/entrypoints/background/database';

function useReextractProgress(): [ReextractProgress | null, (p: ReextractProgress | null) => void] {
  const [progress, setProgress] = useState<ReextractProgress | null>(null);
  useEffect(() => {
    let live = true;
    void sendMessage('getReextractProgress', undefined).then((p) => live && setProgress(p)).catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && REEXTRACT_PROGRESS_KEY in changes) setProgress((changes[REEXTRACT_PROGRESS_KEY].newValue as ReextractProgress) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return [progress, setProgress];
}

export function ReextractPanel() {
  const [progress, setProgress] = useReextractProgress();
  const [error, setError] = useState<string | null>(null);
  // Primary keys only: cheap at any size.
  const stale = useLiveQuery(() => reextractableCount(getDb()), []);
  const running = progress?.status === 'running';
  const act = async (what: 'startReextract' | 'cancelReextract') => {
    setError(null);
    try {
      const p = await sendMessage(what, undefined);
      if (p) setProgress(p);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="reextract" data-testid="reextract-panel" data-status={progress?.status ?? 'idle'}>
      <h2>{i18n.t('anchoring.reextractTitle')}</h2>
      <p className="muted small">{i18n.t('anchoring.reextractHelp', [ENGINE_VERSION])}</p>
      <div className="toolbar">
        {running ? (
          <button type="button" data-testid="reextract-cancel" onClick={() => void act('cancelReextract')}>
            {i18n.t('anchoring.reextractCancel')}
          </button>
        ) : (
          <button type="button" data-testid="reextract-start" disabled={stale === 0} onClick={() => void act('startReextract')}>
            {progress?.status === 'cancelled' ? i18n.t('anchoring.reextractResume') : i18n.t('anchoring.reextractStart')}
          </button>
        )}
        {progress && (
          <>
            <progress max={Math.max(1, progress.total)} value={progress.done} data-testid="reextract-progress" />
            <span className="small" role="status">
              {i18n.t('anchoring.reextractProgress', [String(progress.done), String(progress.total)])}
            </span>
          </>
        )}
      </div>
      {stale === 0 && !progress && <p className="small">{i18n.t('anchoring.reextractIdle')}</p>}
      {error && <p className="small error" role="alert">{error}</p>}
      {progress && progress.status !== 'running' && <ReextractReport progress={progress} />}
    </section>
  );
}

function ReextractReport({ progress }: { progress: ReextractProgress }) {
  const { counts, entries } = progress;
  const summary =
    progress.status === 'done'
      ? i18n.t('anchoring.reextractDone', [String(counts.updated), String(counts.unchanged)])
      : progress.status === 'cancelled'
        ? i18n.t('anchoring.reextractCancelled', [String(progress.done), String(progress.total)])
        : i18n.t('anchoring.reextractError', [progress.error ?? '']);
  return (
    <div data-testid="reextract-report">
      <p className="small">{summary}</p>
      {(counts['no-text'] > 0 || counts['not-a-notice'] > 0) && (
        <p className="small muted">{i18n.t('anchoring.reextractSkipped', [String(counts['no-text']), String(counts['not-a-notice'])])}</p>
      )}
      {entries.length === 0 ? (
        <p className="small muted">{i18n.t('anchoring.reextractNoChanges')}</p>
      ) : (
        <table className="small">
          <caption>{i18n.t('anchoring.reextractReport')}</caption>
          <thead>
            <tr>
              <th>{i18n.t('fields.title')}</th>
              <th>{i18n.t('anchoring.reextractNew')}</th>
              <th>{i18n.t('anchoring.reextractChanged')}</th>
              <th>{i18n.t('anchoring.reextractLost')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.noticeId} data-testid="reextract-entry" data-notice-id={e.noticeId}>
                <td>
                  <a href={e.url} target="_blank" rel="noreferrer">{e.title}</a>
                </td>
                <td>{e.added}</td>
                <td>{e.changed}</td>
                <td>{e.lost}</td>
                <td>
                  <ul>
                    {e.examples.map((x, i) => <li key={i}>{x}</li>)}
                  </ul>
                  {e.orphanedCorrections > 0 && <span className="error">{i18n.t('anchoring.reextractOrphaned', [String(e.orphanedCorrections)])}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
