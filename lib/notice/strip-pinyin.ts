// Some mirrors print the reading of characters in brackets after them: 衛(wèi)生(shēng)健(jiàn)康(kāng).
// Matching wants the characters side by side again, so detection and the notice fields read a
// copy without those annotations. Their values are strings, never offsets, so the copy may be
// shorter; the facts keep reading the page's own text.

/** One or more pinyin syllables (lower case, tone marks or tone digits) in ASCII or full-width
 *  brackets, right after a Han character. */
const PINYIN = /(?<=[\u3400-\u9fff])[((](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?\s?){1,4}[))]/g;

export function stripPinyin(text: string): string {
  return text.includes('(') || text.includes('(') ? text.replace(PINYIN, '') : text;
}
