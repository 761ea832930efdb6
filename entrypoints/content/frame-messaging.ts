// Answering the popup. The popup's tabs.sendMessage reaches EVERY frame of the tab and the
// first frame to respond wins; with @webext-core/messaging a frame responds to every type it
// has a listener for. So each frame answers, but later the less it knows:
//   frame with a notice: top at once, a subframe after SUBFRAME_DELAY (the top frame's notice
//   wins a tie); top frame without one: TOP_EMPTY_DELAY (lets a notice in an iframe answer
//   first); subframe without one: SUBFRAME_EMPTY_DELAY (only heard when the top frame runs no
//   content script, e.g. a gov.cn frame inside another site).
// setHighlights is applied by every frame (all receive it); the answer is the same everywhere.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isNoticeChange, onMessage } from '../../lib/message-protocol';
import type { NoticeChange, PageState, SaveNoticeResult } from '../../lib/messages';
import { translateContent as translate } from '../../components/i18n-content';
import { currentUiLocale } from '../../components/ui-language';

const SUBFRAME_DELAY = 60;
const TOP_EMPTY_DELAY = 400;
const SUBFRAME_EMPTY_DELAY = 1500;
/** Longest wait for an analysis under way before answering with what is known. */
const SETTLE_LIMIT = 3000;

export interface FrameLens {
  /** Resolves when the analysis under way (if any) is done, so an early popup sees its result. */
  settled(): Promise<void>;
  hasNotice(): boolean;
  pageState(): PageState;
  saveNow(): Promise<SaveNoticeResult>;
  setHighlights(on: boolean): boolean;
  /** A notice saved or removed elsewhere (the background passes it on to every frame). */
  noticeChanged(change: NoticeChange): void;
}

const notANotice = (): SaveNoticeResult => ({ status: 'error', error: translate(currentUiLocale(), 'errors.notNotice') });

export function answerPopup(ctx: ContentScriptContext, lens: FrameLens, isTop: boolean): void {
  const wait = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms));
  const settle = () => Promise.race([lens.settled(), wait(SETTLE_LIMIT)]);
  const delay = () => (lens.hasNotice() ? (isTop ? 0 : SUBFRAME_DELAY) : isTop ? TOP_EMPTY_DELAY : SUBFRAME_EMPTY_DELAY);
  const removers = [
    onMessage('getPageState', async () => {
      await settle();
      const ms = delay();
      if (ms) await wait(ms);
      return lens.hasNotice() || isTop ? lens.pageState() : null;
    }),
    onMessage('saveNow', async () => {
      await settle();
      if (lens.hasNotice()) {
        if (!isTop) await wait(SUBFRAME_DELAY);
        return lens.saveNow();
      }
      await wait(delay());
      return notANotice();
    }),
    onMessage('setHighlights', (message) => lens.setHighlights(message.data === true)),
    onMessage('noticeChanged', (message) => {
      if (isNoticeChange(message.data)) lens.noticeChanged(message.data);
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
