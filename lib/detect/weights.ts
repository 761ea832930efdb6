// The weight of every named detection signal, in one table so that they can be read, listed and
// tuned together. A page's score is the sum of the weights of the signals that fired (against:
// subtracted), clamped to [0, 1]; it is a notice at 0.5. The notice's own voice (title,
// announcement, closing) weighs most; each sign of the body is worth less than the threshold on
// its own, since news and work reports share them, but a body that reports the rectification of
// feedback items, with its figures, reaches it (a fragment that starts mid-way).
export const WEIGHTS = {
  title: 0.35,
  newsHeadline: 0.1,
  announce: 0.35,
  announceGeneric: 0.15,
  opening: 0.15,
  feedback: 0.05,
  rectifyDensity: 0.1,
  feedbackItems: 0.3,
  sections: 0.15,
  selfVoice: 0.1,
  sanctionTotals: 0.1,
  closing: 0.3,
  contact: 0.05,
  signed: 0.05,
  // against
  regulationArticles: 0.7,
  regulationTitle: 0.4,
  prescriptive: 0.4,
  singleCase: 0.5,
  bulletin: 0.6,
  linkList: 0.7,
  noInspection: 0.4,
  otherRectification: 0.4,
  newsReport: 0.3,
  newsAboutNotice: 0.5,
  feedbackDisclosure: 0.3,
  explainer: 0.5,
  workReport: 0.3,
} as const;

export type SignalName = keyof typeof WEIGHTS;
