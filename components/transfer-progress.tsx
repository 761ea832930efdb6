// The progress of a long export or import: a bar and "n of total" in words.
export interface Progress {
  label: string;
  done: number;
  total: number;
}

export function TransferProgress({ progress, testId }: { progress: Progress; testId: string }) {
  return (
    <span className="transfer-progress small muted" data-testid={testId} data-done={progress.done} data-total={progress.total} role="status">
      <progress max={Math.max(progress.total, 1)} value={progress.done} />
      {' '}
      {progress.label}
    </span>
  );
}
