// "Collect N notices from this list": on a column list page (巡视巡察 › 整改公开) the popup offers
// to fetch every linked article (and, if asked, those behind 下一页) and save the notices among
// them. The site's host permission is requested at the click; the background runs the queue
// (entrypoints/background/collect-runner.ts); this shows its rows live from the database.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { i18n } from '@/components/i18n';
import { reasonKind, runCounts } from '@/lib/collect/queue-state';
import { hostPattern, originsCover } from '@/lib/collect/host-permission';
import { isListPage } from '@/lib/collect/pick-links';
import { listLinksSchema, sendMessage, type ListLinks } from '@/lib/messages';
import { getDb } from '@/entrypoints/background/database';

/** Most report lines read (a run of 50 list pages holds ~1000). */
const REPORT_LIMIT = 2000;

async function askListLinks(tabId: number): Promise<ListLinks | null> {
  try {
    const reply = await Promise.race([
      sendMessage('getListLinks', undefined, tabId),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
    ]);
    const parsed = listLinksSchema.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function reasonLabel(reason: string | undefined): string {
  if (!reason) return '';
  const kind = reasonKind(reason);
  switch (kind) {
    case 'http':
      return i18n.t('collect.reason.http', [reason.slice(5)]);
    case 'not-a-notice':
      return i18n.t('collect.reason.notANotice');
    case 'already-saved':
      return i18n.t('collect.reason.alreadySaved');
    case 'timeout':
      return i18n.t('collect.reason.timeout');
    case 'decode-error':
      return i18n.t('collect.reason.decodeError');
    case 'not-html':
      return i18n.t('collect.reason.notHtml');
    case 'other-origin':
      return i18n.t('collect.reason.otherOrigin');
    case 'too-many-attempts':
      return i18n.t('collect.reason.tooManyAttempts');
    default:
      return i18n.t('collect.reason.other', [reason]);
  }
}

function statusLabel(status: string): string {
  switch (status) {
    case 'saved':
      return i18n.t('collect.status.saved');
    case 'updated':
      return i18n.t('collect.status.updated');
    case 'skipped':
      return i18n.t('collect.status.skipped');
    case 'failed':
      return i18n.t('collect.status.failed');
    default:
      return i18n.t('collect.status.queued');
  }
}

function runLabel(status: string, url: string, awaitingPermission?: boolean): string {
  if (awaitingPermission && status === 'paused') return i18n.t('collect.runAwaitingPermission', [url]);
  if (status === 'paused') return i18n.t('collect.runPaused', [url]);
  if (status === 'cancelled') return i18n.t('collect.runCancelled', [url]);
  if (status === 'done') return i18n.t('collect.runDone', [url]);
  return i18n.t('collect.runRunning', [url]);
}

export function CollectPanel({ tabId }: { tabId: number | null }) {
  const db = getDb();
  const [links, setLinks] = useState<ListLinks | null>(null);
  const [followNext, setFollowNext] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [granted, setGranted] = useState<readonly string[]>([]);
  useEffect(() => {
    void browser.permissions.getAll().then((p) => setGranted(p.origins ?? []), () => undefined);
    // Wakes the worker: a run it stopped in resumes now.
    void sendMessage('collectWake', undefined).catch(() => undefined);
    if (tabId !== null) void askListLinks(tabId).then(setLinks);
  }, [tabId]);
  const run = useLiveQuery(() => db.collectRuns.orderBy('createdAt').last(), []);
  const runId = run?.id;
  const items = useLiveQuery(
    () => (runId ? db.collectItems.where('[runId+seq]').between([runId, -Infinity], [runId, Infinity]).limit(REPORT_LIMIT).toArray() : []),
    [runId],
  );
  const offer = links && isListPage(links) ? links : null;
  const active = run?.status === 'running' || run?.status === 'paused';
  // A finished run's report shows on its own list page; a run under way shows everywhere.
  const shown = run && (active || run.listUrl === links?.url) ? run : undefined;
  if (!offer && !shown) return null;

  const start = (list: ListLinks) => {
    setError(null);
    const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
    const started = sendMessage('collectStart', { ...list, followNext });
    // A site already granted (*.gov.cn, *.edu.cn) needs no prompt. Otherwise the request is made
    // inside the click (a user gesture), for the one host the run will ever ask; the run waits
    // paused in the background and starts on the grant, even if the prompt closed this popup.
    if (originsCover(granted, list.url)) return void started.catch(fail);
    void browser.permissions.request({ origins: [hostPattern(list.url)] }).then(
      async (ok) => {
        if (ok) return;
        setError(i18n.t('collect.permissionDenied'));
        await sendMessage('collectControl', { runId: await started, action: 'cancel' });
      },
      fail,
    );
    started.catch(fail);
  };
  const control = (action: 'pause' | 'resume' | 'cancel') => {
    if (runId) void sendMessage('collectControl', { runId, action }).catch((e: unknown) => setError(String(e)));
  };
  const counts = runCounts(shown ? (items ?? []) : []);

  return (
    <div data-testid="collect-panel">
      <h2 style={{ margin: 0 }}>{i18n.t('collect.title')}</h2>
      {offer && !active && (
        <div style={{ marginTop: 6 }}>
          <button className="primary" data-testid="collect-start" data-count={offer.items.length} onClick={() => start(offer)}>
            {i18n.t('collect.start', offer.items.length)}
          </button>
          {offer.next && (
            <label className="row small">
              <input type="checkbox" data-testid="collect-follow-next" checked={followNext} onChange={(e) => setFollowNext(e.target.checked)} />
              {i18n.t('collect.followNext')}
            </label>
          )}
        </div>
      )}
      {error && <p className="small error" role="alert" data-testid="collect-error">{error}</p>}
      {shown && (
        <div data-testid="collect-run" data-run-id={shown.id} data-status={shown.status} style={{ marginTop: 6 }}>
          <div className="small ellipsis" title={shown.listUrl}>{runLabel(shown.status, shown.listUrl, shown.awaitingPermission)}</div>
          <progress max={counts.total || 1} value={counts.fetched} style={{ width: '100%' }} />
          <div className="small" data-testid="collect-counts" data-fetched={counts.fetched} data-saved={counts.saved} data-skipped={counts.skipped} data-failed={counts.failed} data-total={counts.total}>
            {i18n.t('collect.counts', [String(counts.fetched), String(counts.total), String(counts.saved), String(counts.skipped), String(counts.failed)])}
          </div>
          <div className="row" style={{ gap: 6, marginTop: 4 }}>
            {shown.status === 'running' && <button data-testid="collect-pause" onClick={() => control('pause')}>{i18n.t('collect.pause')}</button>}
            {shown.status === 'paused' && <button data-testid="collect-resume" onClick={() => control('resume')}>{i18n.t('collect.resume')}</button>}
            {active && <button data-testid="collect-cancel" onClick={() => control('cancel')}>{i18n.t('collect.cancel')}</button>}
          </div>
          {shown.listError && <p className="small muted">{i18n.t('collect.listError', [shown.listError])}</p>}
          {items && items.length > 0 && (
            <details open={!active}>
              <summary className="small">{i18n.t('collect.report')}</summary>
              <ol className="plain small" data-testid="collect-report">
                {items.map((item) => (
                  <li key={item.id} data-url={item.url} data-status={item.status} data-reason={item.reason ?? ''}>
                    <a href={item.url} target="_blank" rel="noreferrer" className="ellipsis" style={{ display: 'block' }} title={item.url}>
                      {item.linkText || item.url}
                    </a>
                    <span className="muted">{[statusLabel(item.status), reasonLabel(item.reason)].filter(Boolean).join(' — ')}</span>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
