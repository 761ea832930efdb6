// Stated totals that their breakdown does not add up to: shown, never hidden.
import { i18n } from '../i18n';
import { failedChecks } from '@/lib/collection';
import type { Check } from '@/lib/contract';
import { uiCodeLabel } from '../ui-language';

const n = new Intl.NumberFormat('en-US');

export function CheckWarnings({ checks }: { checks: readonly Check[] }) {
  const failed = failedChecks(checks);
  if (failed.length === 0) return null;
  return (
    <div className="warnings" role="note" data-testid="check-warnings">
      <strong>⚠ {i18n.t('popup.checks')}</strong>
      <ul>
        {failed.map((c) => (
          <li key={c.code} data-code={c.code}>
            {i18n.t('popup.checkLine', [uiCodeLabel(c.code), n.format(c.stated), n.format(c.sumOfParts)])}
          </li>
        ))}
      </ul>
    </div>
  );
}
