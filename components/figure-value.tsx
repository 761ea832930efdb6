// A figure as the UI's language writes it: "1,858,200 元" with "185.82万元" beside it for money.
import type { FactKind } from '@/lib/vocabulary';
import { uiFormatFigure } from './ui-figures';

interface Props {
  value: number | null;
  unit: string | null;
  kind: FactKind;
  approx?: boolean;
}

export function FigureValue({ value, unit, kind, approx = false }: Props) {
  const f = uiFormatFigure(value, unit, kind, approx);
  return (
    <span className="figure" data-value={value ?? ''}>
      <span className="figure-main">{f.main}</span>
      {f.alt && <span className="figure-alt"> {f.alt}</span>}
    </span>
  );
}
