// The researcher's tags (chips, with the collection's other tags as suggestions) and free-text
// note, saved together with setAnnotation.
import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { TAG_MAX, type AnnotationRow } from '@/lib/db';
import { errorText, saveAnnotation } from './notice-writes';

interface Props {
  noticeId: number;
  annotation: AnnotationRow | null;
  allTags: readonly string[];
}

export function AnnotationEditor({ noticeId, annotation, allTags }: Props) {
  const tags = annotation?.tags ?? [];
  const saved = annotation?.note ?? '';
  const [tagDraft, setTagDraft] = useState('');
  // null: not being edited, so it shows what is saved (also when another page changes it).
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const note = noteDraft ?? saved;

  const write = async (nextTags: readonly string[], nextNote: string, done?: string) => {
    setStatus(null);
    try {
      await saveAnnotation(noticeId, nextTags, nextNote);
      if (done) setStatus({ error: false, text: done });
      return true;
    } catch (err) {
      setStatus({ error: true, text: i18n.t('noticePage.saveFailed', [errorText(err)]) });
      return false;
    }
  };
  const addTag = async (e: FormEvent) => {
    e.preventDefault();
    const tag = tagDraft.trim();
    if (!tag) return;
    // The note as saved: an unsaved draft stays a draft.
    if (await write([...tags, tag], saved)) setTagDraft('');
  };
  const suggestions = allTags.filter((t) => !tags.includes(t));

  return (
    <section className="np-section" data-testid="annotation">
      <h2>{i18n.t('noticePage.sectionAnnotation')}</h2>
      <div className="row np-tags" data-testid="tags">
        <span className="muted small">{i18n.t('noticePage.tags')}</span>
        {tags.map((tag) => (
          <span key={tag} className="np-chip" data-testid="tag" data-tag={tag}>
            {tag}
            <button type="button" aria-label={i18n.t('noticePage.removeTag', [tag])} title={i18n.t('noticePage.removeTag', [tag])}
              onClick={() => void write(tags.filter((t) => t !== tag), saved)}>×</button>
          </span>
        ))}
        {!tags.length && <span className="muted small">{i18n.t('noticePage.noTags')}</span>}
      </div>
      <form className="row" onSubmit={(e) => void addTag(e)}>
        <input data-testid="tag-input" list="np-tag-suggestions" maxLength={TAG_MAX} value={tagDraft}
          placeholder={i18n.t('noticePage.tagPlaceholder')} onChange={(e) => setTagDraft(e.target.value)} />
        <datalist id="np-tag-suggestions">{suggestions.map((t) => <option key={t} value={t} />)}</datalist>
        <button type="submit" data-testid="tag-add" disabled={!tagDraft.trim()}>{i18n.t('noticePage.addTag')}</button>
      </form>
      <label className="np-note">
        <span className="muted small">{i18n.t('noticePage.note')}</span>
        <textarea data-testid="note-input" rows={3} value={note} placeholder={i18n.t('noticePage.notePlaceholder')}
          onChange={(e) => setNoteDraft(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" data-testid="note-save" disabled={noteDraft === null || noteDraft === saved}
          onClick={() => void write(tags, note, i18n.t('noticePage.noteSaved')).then((ok) => ok && setNoteDraft(null))}>
          {i18n.t('noticePage.saveNote')}
        </button>
        {status && <span className={status.error ? 'error small' : 'muted small'} role="status" data-testid="annotation-status">{status.text}</span>}
      </div>
    </section>
  );
}
