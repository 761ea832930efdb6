// The dashboard's charts of the selected notices: sanctions by grade, notices and people
// sanctioned by year and by province, money refunded and recovered by year. The numbers come
// from chartData over the summary rows, the same figures the notices CSV writes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { i18n } from '@/components/i18n';
import { chartData, MONEY_CODES } from '@/lib/collection';
import type { SummaryRow } from '@/lib/db/summary-schema';
import { uiCodeLabel } from '../../ui-language';
import { ChartCard } from './chart-card';
import { drawBarsX, drawBarsY, drawMoney, gradeBars, groupBars } from './draw-charts';

/** Follows the view's width, so the charts fill the dashboard column. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const GAP = 24;

export function ChartsView({ rows }: { rows: SummaryRow[] }) {
  const data = useMemo(() => chartData(rows), [rows]);
  const [ref, width] = useWidth();
  // Two columns when there is room for two charts of readable size.
  const half = width >= 900 ? Math.floor((width - GAP) / 2) : width;
  const unknownYear = i18n.t('charts.unknownYear');
  const unknownPlace = i18n.t('regions.unknown');

  const grades = useCallback(() => drawBarsX(gradeBars(data.grades, uiCodeLabel), width, i18n.t('charts.people')), [data, width]);
  const noticesByYear = useCallback(() => drawBarsY(groupBars(data.years, 'notices', unknownYear), half, i18n.t('charts.notices')), [data, half, unknownYear]);
  const sanctionedByYear = useCallback(() => drawBarsY(groupBars(data.years, 'sanctioned', unknownYear), half, i18n.t('charts.people')), [data, half, unknownYear]);
  const noticesByProvince = useCallback(() => drawBarsX(groupBars(data.provinces, 'notices', unknownPlace), half, i18n.t('charts.notices')), [data, half, unknownPlace]);
  const sanctionedByProvince = useCallback(() => drawBarsX(groupBars(data.provinces, 'sanctioned', unknownPlace), half, i18n.t('charts.people')), [data, half, unknownPlace]);
  const money = useCallback(() => drawMoney(data.money, MONEY_CODES, uiCodeLabel, unknownYear, width, i18n.t('charts.tenThousandYuan')), [data, width, unknownYear]);

  return (
    <div ref={ref} className="charts-view" data-testid="charts-view" data-rows={rows.length}>
      <h2>{i18n.t('charts.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{i18n.t('charts.empty')}</p>
      ) : (
        <div className="charts-grid" style={{ display: 'flex', flexWrap: 'wrap', gap: GAP }}>
          <ChartCard id="grades" width={width} title={i18n.t('charts.grades')} note={i18n.t('charts.gradesNote', [String(rows.length)])} draw={grades} />
          <ChartCard id="notices-by-year" width={half} title={i18n.t('charts.noticesByYear')} draw={noticesByYear} />
          <ChartCard id="sanctioned-by-year" width={half} title={i18n.t('charts.sanctionedByYear')} draw={sanctionedByYear} />
          <ChartCard id="notices-by-province" width={half} title={i18n.t('charts.noticesByProvince')} draw={noticesByProvince} />
          <ChartCard id="sanctioned-by-province" width={half} title={i18n.t('charts.sanctionedByProvince')} draw={sanctionedByProvince} />
          {data.money.length > 0 && <ChartCard id="money-by-year" width={width} title={i18n.t('charts.moneyByYear')} draw={money} />}
        </div>
      )}
    </div>
  );
}
