// The sites the content script reads by itself: the built-in ones, and the ones added here. Adding
// asks the browser for that one site's permission, from the click itself (Firefox refuses a
// request made after an await); the background then registers the content script for it.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { extraSitesSetting } from '@/components/settings-items';
import { sendMessage } from '@/lib/messages';
import { DEFAULT_SITES, parseSite, siteMatchPattern, type Site, type SiteParse, type SiteStatus } from '@/lib/sites';

type Note = { kind: 'ok' | 'error'; text: string } | null;

function rejection(parsed: Extract<SiteParse, { ok: false }>): string {
  switch (parsed.reason) {
    case 'empty': return i18n.t('settings.errEmpty');
    case 'allUrls': return i18n.t('settings.errAllUrls');
    case 'scheme': return i18n.t('settings.errScheme');
    case 'path': return i18n.t('settings.errPath');
    case 'port': return i18n.t('settings.errPort');
    case 'tooBroad': return i18n.t('settings.errTooBroad');
    case 'covered': return i18n.t('settings.errCovered', [parsed.coveredBy ?? '']);
    default: return i18n.t('settings.errInvalid');
  }
}

const failed = (error: unknown): Note => ({ kind: 'error', text: i18n.t('settings.failed', [error instanceof Error ? error.message : String(error)]) });

export function SitesSection() {
  const [statuses, setStatuses] = useState<SiteStatus[] | undefined>(undefined);
  const [input, setInput] = useState('');
  const [note, setNote] = useState<Note>(null);
  const refresh = useCallback(async () => setStatuses(await sendMessage('syncSites', undefined)), []);

  useEffect(() => {
    const onChange = () => void refresh().catch((e: unknown) => setNote(failed(e)));
    onChange();
    // Permissions granted or revoked elsewhere (the browser's site-access settings) show here.
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);

  const sites: Site[] = statuses?.map((s) => s.site) ?? [];

  /** Asks for the site's permission (no await before: the click must still be running). */
  const allow = (site: Site, isNew: boolean) => {
    browser.permissions
      .request({ origins: [siteMatchPattern(site)] })
      .then(async (granted) => {
        if (!granted) {
          setNote({ kind: 'error', text: i18n.t('settings.denied', [site]) });
          return;
        }
        if (isNew) await extraSitesSetting.setValue([...sites, site]);
        await refresh();
        setNote({ kind: 'ok', text: i18n.t('settings.added', [site]) });
        if (isNew) setInput('');
      })
      .catch((e: unknown) => setNote(failed(e)));
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (statuses === undefined) return;
    const parsed = parseSite(input, sites);
    if (!parsed.ok) {
      setNote({ kind: 'error', text: rejection(parsed) });
      return;
    }
    allow(parsed.site, true);
  };

  const remove = async (site: Site) => {
    try {
      await extraSitesSetting.setValue(sites.filter((s) => s !== site));
      await refresh();
      setNote(null);
    } catch (e) {
      setNote(failed(e));
      return;
    }
    // The script is unregistered already; the permission goes too, so nothing is kept that the
    // list does not show. (A permission the manifest requires cannot be removed: no matter.)
    await browser.permissions.remove({ origins: [siteMatchPattern(site)] }).catch(() => false);
  };

  return (
    <section data-testid="settings-sites">
      <h2>{i18n.t('settings.sitesTitle')}</h2>
      <p className="muted">{i18n.t('settings.sitesIntro')}</p>
      <ul className="sites" data-testid="site-list">
        {DEFAULT_SITES.map((site) => (
          <li key={site} data-testid="default-site" data-site={site}>
            <code>{site}</code>
            <span className="row"><span className="badge no">{i18n.t('settings.defaultSite')}</span></span>
          </li>
        ))}
        {statuses?.map(({ site, active }) => (
          <li key={site} data-testid="site-row" data-site={site} data-active={String(active)}>
            <code>{site}</code>
            {active ? (
              <span className="row"><span className="badge yes">{i18n.t('settings.siteActive')}</span></span>
            ) : (
              <span className="row">
                <span className="warn small">{i18n.t('settings.siteNeedsPermission')}</span>
                <button type="button" data-testid="site-grant" onClick={() => allow(site, false)}>{i18n.t('settings.grant')}</button>
              </span>
            )}
            <button type="button" data-testid="site-remove" onClick={() => void remove(site)}>{i18n.t('settings.remove')}</button>
          </li>
        ))}
      </ul>
      <form className="row add-site" onSubmit={add}>
        <label htmlFor="site-input">{i18n.t('settings.addLabel')}</label>
        <input
          id="site-input"
          type="text"
          data-testid="site-input"
          spellCheck={false}
          autoComplete="off"
          placeholder={i18n.t('settings.addPlaceholder')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" className="primary" data-testid="site-add" disabled={statuses === undefined}>{i18n.t('settings.add')}</button>
      </form>
      <p className="muted small">{i18n.t('settings.addHint')}</p>
      {note && (
        <p data-testid="site-message" data-kind={note.kind} className={note.kind === 'error' ? 'error' : 'ok'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
