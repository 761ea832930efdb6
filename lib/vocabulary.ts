// The vocabulary lives in lib/lexicon (terms, behaviour flags, word lists); this path is kept
// for the UI, CSV and English layers that import it.
export * from './lexicon';
