export { headlineFigures, collectionTotals, totalsFromStats, type HeadlineFigure, type CollectionTotal } from './headline-figures';
export { formatFigure, formatFigureText, chineseMoney, type FormattedFigure } from './format-figure';
export { codeLabel, labelLanguage, type LabelLanguage } from './code-labels';
export { failedChecks } from './failed-checks';
export { noticeFigures, figuresFrom, type NoticeFigure, type FigureSource, type FiguresFrom } from './notice-figures';
export { chartData, disciplineTotal, MONEY_CODES, type ChartData, type ChartRow, type CodeTotal, type GroupTotal, type MoneyTotal } from './chart-data';
