// stdout carries only the JSON or CSV: anything a library logs goes to stderr instead.
// Imported first by scripts/extract.ts so it runs before any other module is evaluated.
const toStderr = (...args: unknown[]): void => console.error(...args);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.warn = toStderr;
console.trace = toStderr;
console.dir = toStderr;
export {};
