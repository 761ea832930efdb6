// The in-page UI: a badge (counts, save state, highlight toggle, previous/next fact) and a
// hover card, in a closed shadow root on a host marked data-rectify-lens (which flattenText
// skips). Built with textContent only: page text never goes through innerHTML.
import { i18n } from '#i18n';
import type { FactCardModel } from './fact-card-model';
import css from './lens-ui.css?inline';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'updated' | 'not-saved' | 'error' | 'retrying';

export interface BadgeState {
  facts: number;
  numbers: number;
  save: SaveStatus;
  error?: string;
  /** While retrying: the try that failed and the tries in all. */
  retry?: { attempt: number; of: number };
  highlightsOn: boolean;
}

export interface LensUiHandlers {
  onToggleHighlights(): void;
  onStep(delta: 1 | -1): void;
}

export interface LensUi {
  host: HTMLElement;
  update(state: BadgeState): void;
  showCard(model: FactCardModel, anchor: DOMRect): void;
  hideCard(): void;
  /** Issue 9: a note under the status (saved facts not found here), with their quotes; '' hides it. */
  showMissing(title: string, quotes: string[]): void;
  destroy(): void;
}

function saveText(state: BadgeState): string {
  switch (state.save) {
    case 'idle':
      return '';
    case 'saving':
      return i18n.t('badge.saving');
    case 'saved':
      return i18n.t('badge.saved');
    case 'updated':
      return i18n.t('badge.updated');
    case 'not-saved':
      return i18n.t('badge.notSaved');
    case 'retrying':
      return i18n.t('badge.retrying', [String(state.retry?.attempt ?? 1), String(state.retry?.of ?? 1)]);
    case 'error':
      return i18n.t('badge.saveFailed', [state.error ?? '']);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string) {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createLensUi(doc: Document, handlers: LensUiHandlers): LensUi {
  // A plain div, not a custom element: a page that defines our tag name first would construct
  // the host itself and could take its shadow root. Created here, in the isolated world, its
  // closed root is reachable from nowhere else.
  const host = doc.createElement('div');
  host.setAttribute('data-rectify-lens', '');
  host.setAttribute(
    'style',
    'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;' +
      'height:0!important;z-index:2147483647!important;display:block!important;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', undefined, css);
  root.append(style);

  const badge = el(doc, 'div', 'badge');
  badge.setAttribute('role', 'region');
  badge.setAttribute('aria-label', 'Rectify Lens 整改透镜');
  const pill = el(doc, 'button', 'pill');
  pill.title = 'Rectify Lens 整改透镜';
  const body = el(doc, 'div', 'body');
  const head = el(doc, 'div', 'row');
  const title = el(doc, 'span', 'title', '整改透镜');
  const counts = el(doc, 'span', 'counts');
  const collapse = el(doc, 'button', undefined, '–');
  collapse.title = 'Collapse 收起';
  collapse.setAttribute('aria-label', 'Collapse');
  head.append(title, counts, collapse);
  const status = el(doc, 'div', 'status');
  status.setAttribute('role', 'status');
  const controls = el(doc, 'div', 'row');
  const prev = el(doc, 'button', undefined, '◀');
  prev.title = 'Previous fact 上一项';
  prev.setAttribute('aria-label', 'Previous fact');
  const next = el(doc, 'button', undefined, '▶');
  next.title = 'Next fact 下一项';
  next.setAttribute('aria-label', 'Next fact');
  const toggle = el(doc, 'button');
  toggle.title = 'Show or hide highlights 高亮开关';
  controls.append(prev, next, toggle);
  const missing = el(doc, 'div', 'missing');
  missing.setAttribute('data-missing', '');
  body.append(head, status, missing, controls);
  badge.append(pill, body);

  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'tooltip');
  card.setAttribute('aria-live', 'polite');
  root.append(badge, card);

  const setCollapsed = (collapsed: boolean) => {
    badge.classList.toggle('collapsed', collapsed);
    (collapsed ? pill : collapse).focus(); // keep keyboard focus on a visible control
  };
  pill.addEventListener('click', () => setCollapsed(false));
  collapse.addEventListener('click', () => setCollapsed(true));
  prev.addEventListener('click', () => handlers.onStep(-1));
  next.addEventListener('click', () => handlers.onStep(1));
  toggle.addEventListener('click', () => handlers.onToggleHighlights());
  // Keep page shortcuts (j/k, space…) from firing while the user operates the badge.
  badge.addEventListener('keydown', (e) => e.stopPropagation());

  // On <html>, not <body>: page scripts that rebuild the body do not take the badge with them.
  doc.documentElement.append(host);

  return {
    host,
    update(state) {
      counts.textContent = `${state.facts} facts · ${state.numbers} numbers`;
      pill.textContent = `整改 ${state.facts}`;
      status.textContent = saveText(state);
      status.dataset.status = state.save;
      status.className = `status${state.save === 'error' ? ' error' : state.save === 'saved' || state.save === 'updated' ? ' ok' : ''}`;
      toggle.textContent = state.highlightsOn ? 'Highlights on' : 'Highlights off';
      toggle.setAttribute('aria-pressed', String(state.highlightsOn));
      prev.disabled = next.disabled = state.facts === 0;
    },
    showCard(model, anchor) {
      card.replaceChildren();
      const line = el(doc, 'div');
      line.append(el(doc, 'span', 'label', model.label), ' ', el(doc, 'span', 'en', model.labelEn));
      card.append(line, el(doc, 'div', 'value', model.value));
      if (model.parent) card.append(el(doc, 'div', 'parent', `⊂ ${model.parent}`));
      if (model.warning) card.append(el(doc, 'div', 'warning', model.warning));
      card.append(el(doc, 'div', 'quote', model.quote));
      card.classList.add('shown');
      // Below the fact when there is room, else above; kept inside the viewport.
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const w = card.offsetWidth || 280;
      const h = card.offsetHeight || 100;
      const left = Math.max(4, Math.min(anchor.left, vw - w - 4));
      const top = anchor.bottom + 6 + h <= vh ? anchor.bottom + 6 : Math.max(4, anchor.top - h - 6);
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
    },
    hideCard() {
      card.classList.remove('shown');
    },
    showMissing(title, quotes) {
      missing.replaceChildren();
      missing.classList.toggle('shown', !!title);
      if (!title) return;
      const list = el(doc, 'ul');
      for (const q of quotes) list.append(el(doc, 'li', undefined, q));
      missing.append(el(doc, 'div', 'missing-title', title), list);
    },
    destroy() {
      host.remove();
    },
  };
}
