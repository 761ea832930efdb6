// One chart with its title and its SVG / PNG downloads. Plot draws into a detached SVG that is
// swapped in whenever the data change; React owns only the frame around it.
import { useEffect, useRef, useState } from 'react';
import { i18n } from '@/components/i18n';
import { downloadPng, downloadSvg } from './download-chart';

interface Props {
  id: string;
  title: string;
  note?: string;
  /** The card's width in pixels, the width the chart is drawn at. */
  width: number;
  draw: () => SVGSVGElement;
}

export function ChartCard({ id, title, note, width, draw }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const el = draw();
    box.current?.replaceChildren(el);
    setSvg(el);
    return () => el.remove();
  }, [draw]);
  const fileName = `rectify-lens-${id}`;
  const png = () => {
    if (!svg) return;
    setError(null);
    downloadPng(svg, fileName).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section className="chart-card" data-testid={`chart-${id}`} style={{ width }}>
      <header style={{ display: 'flex', alignItems: 'baseline', gap: 12 }}>
        <h3>{title}</h3>
        <span className="chart-downloads" title={i18n.t('charts.downloadTitle', [title])}>
          <button type="button" data-testid={`chart-${id}-svg`} disabled={!svg} onClick={() => svg && downloadSvg(svg, fileName)}>
            {i18n.t('charts.downloadSvg')}
          </button>
          <button type="button" data-testid={`chart-${id}-png`} disabled={!svg} onClick={png}>
            {i18n.t('charts.downloadPng')}
          </button>
        </span>
      </header>
      {note && <p className="muted small">{note}</p>}
      <div ref={box} className="chart-plot" />
      {error && <p className="muted small" role="status">{error}</p>}
    </section>
  );
}
