// The facts of one saved notice, in reading order.
import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '@/components/i18n';
import { getDb } from '@/entrypoints/background/database';
import { FigureValue } from '../figure-value';
import { uiCodeLabel } from '../ui-language';

export function FactsTable({ noticeId, title }: { noticeId: number; title: string }) {
  const facts = useLiveQuery(() => getDb().facts.where('noticeId').equals(noticeId).sortBy('start'), [noticeId]);
  if (!facts) return <p className="muted">{i18n.t('common.loading')}</p>;
  return (
    <>
      <h3>{i18n.t('dashboard.factsOf', [title])}</h3>
      <table className="grid" data-testid="facts-table" data-notice-id={noticeId}>
        <thead>
          <tr>
            <th>{i18n.t('dashboard.code')}</th>
            <th>{i18n.t('dashboard.label')}</th>
            <th className="num">{i18n.t('dashboard.value')}</th>
            <th>{i18n.t('dashboard.unit')}</th>
            <th>{i18n.t('dashboard.parent')}</th>
            <th>{i18n.t('dashboard.headline')}</th>
            <th>{i18n.t('dashboard.quote')}</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f.id} data-testid="fact-row" data-code={f.code} data-value={f.value ?? ''}>
              <td><code>{f.code}</code></td>
              <td>{uiCodeLabel(f.code)}</td>
              <td className="num"><FigureValue value={f.value} unit={null} kind={f.kind} approx={f.approx} /></td>
              <td>{f.unit ?? ''}</td>
              <td>{f.parent ? uiCodeLabel(f.parent) : ''}</td>
              <td>{f.headline ? '✓' : ''}</td>
              <td className="quote">{f.quote}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
