// One fact: what it counts, its figure, where it stands in the text, where it came from, and the
// researcher's actions on it (show on page, find in the text, correct, mark wrong, undo).
import { useState } from 'react';
import { i18n } from '#i18n';
import { formatFigureText } from '@/lib/collection';
import { FigureValue } from '../../figure-value';
import { uiCodeLabel } from '../../ui-language';
import { FactEditForm } from './fact-edit-form';
import type { FactView } from './fact-views';
import { ORIGIN_LABEL } from './labels';
import { errorText, rejectFact, saveFactEdit, undoCorrection } from './notice-writes';

interface Props {
  noticeId: number;
  view: FactView;
  focused: boolean;
  onLocate(key: string): void;
  onShowOnPage(factId: number): void;
}

export function FactItem({ noticeId, view, focused, onLocate, onShowOnPage }: Props) {
  const { fact, extracted } = view;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (write: () => Promise<void>) => {
    setError(null);
    write().catch((err: unknown) => setError(i18n.t('noticePage.saveFailed', [errorText(err)])));
  };
  const changed = fact.origin === 'corrected' && extracted;

  return (
    <li className={`np-fact origin-${fact.origin}${focused ? ' focused' : ''}`} data-testid="notice-fact" data-key={view.key}
      data-fact-id={extracted?.id ?? ''} data-code={fact.code} data-value={fact.value ?? ''} data-origin={fact.origin}>
      <div className="np-fact-head">
        <span className="np-fact-label">{uiCodeLabel(fact.code)}</span>
        <code className="muted small">{fact.code}</code>
        <FigureValue value={fact.value} unit={fact.unit} kind={fact.kind} approx={fact.approx} />
        {fact.approx && <span className="np-tag">{i18n.t('noticePage.approx')}</span>}
        {fact.headline && <span className="np-tag">{i18n.t('noticePage.headline')}</span>}
        <span className={`np-origin origin-${fact.origin}`} data-testid="fact-origin">{ORIGIN_LABEL[fact.origin]()}</span>
      </div>
      {(fact.parent || changed) && (
        <div className="muted small np-meta">
          {fact.parent && <span>{i18n.t('noticePage.partOf', [uiCodeLabel(fact.parent)])}</span>}
          {changed && (
            <span data-testid="fact-was">
              {i18n.t('noticePage.wasExtracted', [`${uiCodeLabel(extracted.code)} ${formatFigureText(extracted.value, extracted.unit, extracted.kind, extracted.approx)}`])}
            </span>
          )}
        </div>
      )}
      <blockquote className="np-quote" data-testid="fact-quote">
        <span className="np-context">{view.prefix ? `…${view.prefix}` : ''}</span>
        <mark>{fact.quote}</mark>
        <span className="np-context">{view.suffix ? `${view.suffix}…` : ''}</span>
      </blockquote>
      <div className="row np-actions">
        <button type="button" data-testid="show-on-page" disabled={!extracted}
          title={extracted ? undefined : i18n.t('noticePage.showOnPageNone')}
          onClick={() => extracted && onShowOnPage(extracted.id)}>
          {i18n.t('noticePage.showOnPage')}
        </button>
        <button type="button" data-testid="locate" disabled={!view.place} onClick={() => onLocate(view.key)}
          title={view.place ? undefined : i18n.t('noticePage.notInText')}>
          {i18n.t('noticePage.locate')}
        </button>
        {fact.origin !== 'rejected' && (
          <button type="button" data-testid="correct" onClick={() => setEditing((x) => !x)}>{i18n.t('noticePage.correct')}</button>
        )}
        {extracted && fact.origin !== 'rejected' && (
          <button type="button" data-testid="reject" onClick={() => run(() => rejectFact(noticeId, view))}>{i18n.t('noticePage.reject')}</button>
        )}
        {view.correction && (
          <button type="button" data-testid="undo" onClick={() => run(() => undoCorrection(view))}>
            {fact.origin === 'added' ? i18n.t('noticePage.removeAdded') : i18n.t('noticePage.undo')}
          </button>
        )}
      </div>
      {editing && (
        <FactEditForm
          initial={{ code: fact.code, value: fact.value, unit: fact.unit, approx: fact.approx }}
          kind={extracted ? fact.kind : undefined}
          showApprox={!extracted}
          submitLabel={i18n.t('noticePage.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (edit) => {
            await saveFactEdit(noticeId, view, edit);
            setEditing(false);
          }}
        />
      )}
      {error && <p className="error small" role="alert">{error}</p>}
    </li>
  );
}
