// "Show on page" for the dashboard (issue 9): the background opens or focuses the notice's page
// and the page scrolls to the fact and flashes it. The lead wires this to the notice view's button.
import { i18n } from '#i18n';
import { sendMessage, type ShowFactResult } from '@/lib/messages';

export async function showOnPage(noticeId: number, factId: number): Promise<ShowFactResult> {
  try {
    return await sendMessage('showFactOnPage', { noticeId, factId });
  } catch (error) {
    return { found: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What to tell the researcher after showOnPage; null when the fact was shown. */
export function showOnPageMessage(result: ShowFactResult): string | null {
  if (result.found) return null;
  return 'error' in result ? i18n.t('anchoring.showFailed', [result.error]) : i18n.t('anchoring.showNotFound');
}
