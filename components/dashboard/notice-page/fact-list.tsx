// The notice's facts, grouped by kind (sanctions, money, counts), in reading order within each.
import { i18n } from '#i18n';
import { FactItem } from './fact-item';
import { countOrigins, KINDS, type FactView } from './fact-views';
import { KIND_LABEL } from './labels';

interface Props {
  noticeId: number;
  views: readonly FactView[];
  focusKey: string | null;
  onLocate(key: string): void;
  onShowOnPage(factId: number): void;
}

export function FactList({ noticeId, views, focusKey, onLocate, onShowOnPage }: Props) {
  const counts = countOrigins(views);
  return (
    <section className="np-section" data-testid="notice-facts">
      <h2>{i18n.t('fields.facts')}</h2>
      <p className="muted small" data-testid="fact-counts">
        {i18n.t('noticePage.factCounts', [String(views.length), String(counts.corrected), String(counts.added), String(counts.rejected)])}
      </p>
      {!views.length && <p className="muted">{i18n.t('noticePage.noFacts')}</p>}
      {KINDS.map((kind) => {
        const mine = views.filter((v) => v.fact.kind === kind);
        if (!mine.length) return null;
        return (
          <div key={kind} className="np-kind" data-testid="fact-group" data-kind={kind}>
            <h3>{KIND_LABEL[kind]()} <span className="muted small">{mine.length}</span></h3>
            <ul className="np-facts">
              {mine.map((v) => (
                <FactItem key={v.key} noticeId={noticeId} view={v} focused={v.key === focusKey} onLocate={onLocate} onShowOnPage={onShowOnPage} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
