// Turns the page's highlights on and off through its content script.
import { useEffect, useState } from 'react';
import { i18n } from '../i18n';
import { sendMessage } from '@/lib/messages';

export function HighlightsToggle({ tabId, initial }: { tabId: number; initial: boolean }) {
  const [on, setOn] = useState(initial);
  useEffect(() => setOn(initial), [initial]);
  const toggle = async (next: boolean) => {
    setOn(next);
    try {
      const reply = await sendMessage('setHighlights', next, tabId);
      if (typeof reply === 'boolean') setOn(reply);
    } catch {
      setOn(!next);
    }
  };
  return (
    <label className="row small">
      <input type="checkbox" data-testid="highlights-toggle" checked={on} onChange={(e) => void toggle(e.target.checked)} />
      {i18n.t('popup.highlights')}
    </label>
  );
}
