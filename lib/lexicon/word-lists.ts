// The shared word lists of the parsers and refiners: one home for each list that more than one
// rule reads (totals, rule-making verbs, counters, clause and sentence ends).

/** Words that introduce a total before its figure (共计15人, 累计罚款, 达3人). Longest first. */
export const TOTAL_LEADS = ['共计', '合计', '累计', '总计', '共', '计', '达', '分别'] as const;

/** Words that mark a sum of parts written before it (党内警告3人,严重警告2人,共计党纪处分5人). */
export const SUM_LEADS = ['共计', '合计', '总计'] as const;

/** Verbs of making or revising rules (建立完善制度, 修订…办法). */
export const RULE_VERBS = ['建立', '制定', '完善', '修订', '修改', '出台', '健全', '新建', '新增', '废止', '印发', '形成'] as const;

/** Counters a sanction figure is written with; 名 counts people, 家 counts units. Longest first. */
export const SANCTION_COUNTERS = ['人次', '人', '名', '件次', '件(次)', '件', '起', '条', '个', '家'] as const;

/** Counters of counts of the rectification (problems, measures, rules). */
export const COUNT_COUNTERS = ['个', '项', '条', '部'] as const;

/** Contract units for counters written otherwise (名 → 人, 家 → 个, 件次 → 件). */
export const UNIT_NAMES: Readonly<Record<string, string>> = { 名: '人', 家: '个', 件次: '件', '件(次)': '件' };

/** Characters that end a clause; those that end a sentence (a line end too). */
export const CLAUSE_END_CHARS = ',:，：';
export const SENTENCE_END_CHARS = '。;!?\n；！？';

/** Words of completion that are only partial (rule 17): 基本完成, 阶段性完成 … are not 完成整改. */
export const PARTIAL_COMPLETION = ['基本', '阶段性', '初步', '部分', '正在', '持续', '未', '尚未', '没有'] as const;

/** Quantifiers of boilerplate (rule 19): 每一个问题, 一个不落 carry no figure. */
export const BOILERPLATE_BEFORE = ['每', '逐', '任何', '哪'] as const;
