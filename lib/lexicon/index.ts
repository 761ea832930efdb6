// The lexicon: the vocabulary rows with their behaviour (terms.ts) and the shared word lists.
export * from './terms';
export * from './word-lists';
