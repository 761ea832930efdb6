// Which grid columns are shown and how wide they are: the researcher's choice, kept in this
// page's localStorage (a layout, not data: it is not in backups and not in the URL).
import type { ColumnSizingState, ColumnVisibilityState, Updater } from '@tanstack/react-table';
import { useCallback, useEffect, useState } from 'react';

const KEY = 'rectify-lens.grid-layout';

interface Layout {
  visibility: ColumnVisibilityState;
  sizing: ColumnSizingState;
}

function load(): Layout {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Layout>;
    const numbers = (o: unknown) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'number'));
    const booleans = (o: unknown) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'boolean'));
    return { visibility: booleans(raw.visibility), sizing: numbers(raw.sizing) };
  } catch {
    return { visibility: {}, sizing: {} };
  }
}

export function useGridLayout() {
  const [layout, setLayout] = useState<Layout>(load);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(layout));
    } catch {
      // Storage full or disabled: the layout just is not remembered.
    }
  }, [layout]);
  const setColumnSizing = useCallback((u: Updater<ColumnSizingState>) => {
    setLayout((l) => ({ ...l, sizing: typeof u === 'function' ? u(l.sizing) : u }));
  }, []);
  const setColumnVisible = useCallback((id: string, visible: boolean) => {
    setLayout((l) => ({ ...l, visibility: { ...l.visibility, [id]: visible } }));
  }, []);
  const reset = useCallback(() => setLayout({ visibility: {}, sizing: {} }), []);
  return { columnVisibility: layout.visibility, columnSizing: layout.sizing, setColumnSizing, setColumnVisible, reset };
}
