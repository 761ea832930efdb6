// Adds a fact the engine missed: the words selected in the archived text, described here.
import { i18n } from '#i18n';
import { guessFact } from '@/lib/db';
import type { TextQuoteSelector } from '@/lib/messages';
import { FactEditForm } from './fact-edit-form';
import { addFact } from './notice-writes';

interface Props {
  noticeId: number;
  anchor: TextQuoteSelector | null;
  onDone(): void;
}

export function AddFactPanel({ noticeId, anchor, onDone }: Props) {
  return (
    <div className="np-add" data-testid="add-fact">
      <h3>{i18n.t('noticePage.addTitle')}</h3>
      {anchor ? (
        <>
          <p className="small" data-testid="add-selected">{i18n.t('noticePage.selected', [anchor.exact])}</p>
          <FactEditForm
            // A new selection starts a new description.
            key={`${anchor.start}-${anchor.end}`}
            initial={guessFact(anchor.exact)}
            showApprox
            submitLabel={i18n.t('noticePage.add')}
            onCancel={onDone}
            onSubmit={async (edit) => {
              await addFact(noticeId, anchor, edit);
              onDone();
            }}
          />
        </>
      ) : (
        <p className="muted small">{i18n.t('noticePage.addHint')}</p>
      )}
    </div>
  );
}
