// "Columns ▾": a checkbox per grid column (hidden columns stay sortable from the URL), and a
// reset to the default widths and columns.
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { i18n } from '@/components/i18n';
import { COLUMN_LABELS, FLEX_COLUMN, type ColumnId } from './grid-columns';

interface Props {
  visibility: ColumnVisibilityState;
  onToggle(id: string, visible: boolean): void;
  onReset(): void;
}

export function ColumnChooser({ visibility, onToggle, onReset }: Props) {
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary className="button-like">{i18n.t('grid.columns')}</summary>
      <div className="column-chooser-menu">
        {(Object.keys(COLUMN_LABELS) as ColumnId[]).map((id) => (
          <label key={id} className="row">
            <input type="checkbox" data-testid={`column-toggle-${id}`} checked={visibility[id] !== false} disabled={id === FLEX_COLUMN}
              onChange={(e) => onToggle(id, e.target.checked)} />
            {COLUMN_LABELS[id]()}
          </label>
        ))}
        <button type="button" className="small" data-testid="columns-reset" onClick={onReset}>{i18n.t('grid.columnsReset')}</button>
      </div>
    </details>
  );
}
