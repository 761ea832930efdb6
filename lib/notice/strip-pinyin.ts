// Some mirrors print the reading of characters in brackets after them: 衛(wèi)生(shēng)健(jiàn)康(kāng).
// Matching wants the characters side by side again, so detection and the notice fields read a
// copy without those annotations. Their values are strings, never offsets, so the copy may be
// shorter; the facts keep reading the page's own text.

/** One or more pinyin syllables (lower case, tone marks or tone digits) in ASCII or full-width
 *  brackets, one or a few in a row. It starts with the bracket so that the engine scans for it quickly; the Han
 *  character before it is checked in the callback. */
const SOURCE = String.raw`(?:[(（](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?\s?){1,4}[)）]){1,3}`;
const ANY = new RegExp(SOURCE);
const ALL = new RegExp(SOURCE, 'g');

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

export function stripPinyin(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(ALL, (m: string, offset: number) => (isHan(text.charCodeAt(offset - 1)) ? '' : m));
}
