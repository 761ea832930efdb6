// TEMPORARY wiring until App.tsx routes ?view=notice&id=N (the lead's merge): the notice page
// on its own, with plain callbacks. "Show on page" is only recorded (data-show-on-page on
// <body>) — opening the page at a fact is App's job.
import { getDb } from '@/entrypoints/background/database';
import { removeNotice } from '@/lib/db';
import { NoticePage } from './notice-page';

/** The notice id of a ?view=notice&id=N URL, else null. */
export function noticeIdFromSearch(search: string): number | null {
  const params = new URLSearchParams(search);
  const id = Number(params.get('id'));
  return params.get('view') === 'notice' && Number.isInteger(id) && id > 0 ? id : null;
}

export function DevNoticeRoute({ noticeId }: { noticeId: number }) {
  const back = () => {
    location.search = '';
  };
  return (
    <NoticePage
      noticeId={noticeId}
      onBack={back}
      onDelete={(id) => void removeNotice(getDb(), id).then(back)}
      onShowOnPage={(factId) => {
        document.body.dataset.showOnPage = String(factId);
      }}
    />
  );
}
