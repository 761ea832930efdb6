// Terms OpenCC's cn → twp conversion gets wrong for this extension's UI: [simplified as written in
// locales/zh_CN.yml, what zh_TW.yml says instead]. Matched in the simplified text before the
// conversion (longest first), so a source phrase always gives the same traditional phrase.
export const ZH_TW_OVERRIDES: ReadonlyArray<readonly [string, string]> = [
  // twp reads 发布 as a software release (釋出); a notice is published: 發布.
  ['发布', '發布'],
  // 代码 here is a vocabulary code (party_warning), not program source (程式碼).
  ['代码', '代碼'],
  // A browser's extension store: 擴充功能 in Taiwan's Chrome/Edge, not 擴充套件.
  ['扩展', '擴充功能'],
  // 文件 is an official document (公文) in these notices, not a computer file (檔案).
  ['文件', '文件'],
  // 反馈 is the inspection's term of art (巡視反饋), kept as such.
  ['反馈', '反饋'],
];
