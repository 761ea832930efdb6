// The version of the extraction engine (lexicon, parsers, refiners, notice fields). Each saved
// notice records the version that produced its facts; "Re-extract collection" re-runs the current
// engine over archived texts whose version differs. Bump it with any change to what is extracted.
export const ENGINE_VERSION = '2026.12.1';
