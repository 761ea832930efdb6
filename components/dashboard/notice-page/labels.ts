// Locale labels of fact kinds and origins, shared by the notice page's parts.
import { i18n } from '#i18n';
import type { FactOrigin } from '@/lib/db';
import type { FactKind } from '@/lib/vocabulary';

export const KIND_LABEL: Record<FactKind, () => string> = {
  sanction: () => i18n.t('noticePage.kindSanction'),
  money: () => i18n.t('noticePage.kindMoney'),
  count: () => i18n.t('noticePage.kindCount'),
};

export const ORIGIN_LABEL: Record<FactOrigin, () => string> = {
  extracted: () => i18n.t('noticePage.originExtracted'),
  corrected: () => i18n.t('noticePage.originCorrected'),
  added: () => i18n.t('noticePage.originAdded'),
  rejected: () => i18n.t('noticePage.originRejected'),
};
