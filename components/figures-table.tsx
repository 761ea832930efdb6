// Rows of code label → figure, used for a page's headline figures and the collection totals.
import type { HeadlineFigure } from '@/lib/collection';
import { FigureValue } from './figure-value';
import { uiCodeLabel } from './ui-language';

interface Props {
  figures: ReadonlyArray<HeadlineFigure & { notices?: number }>;
  testId: string;
  note?: (figure: HeadlineFigure & { notices?: number }) => string | null;
}

export function FiguresTable({ figures, testId, note }: Props) {
  return (
    <table className="figures" data-testid={testId}>
      <tbody>
        {figures.map((f) => (
          <tr key={f.code} data-code={f.code} data-value={f.value} data-parent={f.parent ?? ''} className={f.parent ? 'sub' : undefined}>
            <th scope="row">{uiCodeLabel(f.code)}</th>
            <td>
              <FigureValue value={f.value} unit={f.unit} kind={f.kind} approx={f.approx} />
              {note?.(f) && <div className="muted small">{note(f)}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
