// Cheap language test on a sample, so Chinese pages never load compromise.
export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 4000);
  let latin = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x3400 && c <= 0x9fff) han++;
  }
  return latin > 200 && latin > han * 4;
}
