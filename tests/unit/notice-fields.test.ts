// The notice's own fields, on the shared fixtures (against their gold) and on variants written
// here: other wordings, bodies, date forms, signatures and traditional characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE, noticeFieldsSchema, type NoticeFields } from '../../lib/contract';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { foldText } from '../../lib/text/fold';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const fields = (text: string) => extractNoticeFields(foldText(text));

describe('notice fields on the fixtures', () => {
  it.each(fixtures)('%s matches the gold notice', (file) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.gold.json')), 'utf8')).notice as NoticeFields;
    const got = fields(readFileSync(join(FIXTURES, file), 'utf8'));
    expect(noticeFieldsSchema.parse(got)).toEqual(gold);
  });
});

const SIGN = '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0000-1234567;电子邮箱:xc@example.gov.cn。';

describe('notice fields on variants', () => {
  it.each<[string, string, Partial<NoticeFields>]>([
    [
      'county 巡察 progress report, signature of a town committee',
      `中共某某县委关于巡察整改进展情况的通报\n根据县委统一部署,2023年10月9日至12月8日,县委第二巡察组对某某镇党委开展了常规巡察。2024年1月15日,巡察组向镇党委反馈了巡察意见。现将巡察整改进展情况予以公布。\n${SIGN}\n中共某某镇委员会\n2024年4月2日`,
      { title: '中共某某县委关于巡察整改进展情况的通报', issuer: '中共某某镇委员会', inspectedUnit: '某某镇党委', inspectionBody: '县委第二巡察组', inspectionType: '巡察', inspectionStart: '2023-10-09', inspectionEnd: '2023-12-08', feedbackDate: '2024-01-15', publishedDate: '2024-04-02' },
    ],
    [
      'feedback month before the inspection month rolls the year over',
      `根据省委部署,2023年10月9日至12月8日,省委第五巡视组对某某市开展了巡视。1月15日,省委巡视组向某某市委反馈了巡视意见。\n${SIGN}\n中共某某市委\n2024年5月6日`,
      { inspectionStart: '2023-10-09', inspectionEnd: '2023-12-08', feedbackDate: '2024-01-15', issuer: '中共某某市委', title: null },
    ],
    [
      'central inspection, full-width punctuation, date in Chinese numerals',
      `2019年3月21日至5月20日，中央第十巡视组对某某省进行了巡视。2019年7月14日，中央巡视组向某某省委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改情况予以公布。\n欢迎广大干部群众对巡视整改落实情况进行监督。\n中共某某省委\n二〇一九年十月十一日`,
      { inspectionBody: '中央第十巡视组', inspectedUnit: '某某省', inspectionStart: '2019-03-21', inspectionEnd: '2019-05-20', feedbackDate: '2019-07-14', issuer: '中共某某省委', publishedDate: '2019-10-11' },
    ],
    [
      '专项巡视 with 于…期间 and a 反馈会',
      `省委第三巡视组于2022年3月8日至4月30日期间对某某集团党委进行了专项巡视。5月20日,召开巡视反馈会,反馈了巡视意见。\n${SIGN}`,
      { inspectionBody: '省委第三巡视组', inspectedUnit: '某某集团党委', inspectionType: '巡视', inspectionStart: '2022-03-08', inspectionEnd: '2022-04-30', feedbackDate: '2022-05-20', issuer: null, publishedDate: null },
    ],
    [
      'no title, no signature: the page date line',
      `首页 > 巡视巡察\n发布日期:2024-08-01 10:00 来源:某某区纪委监委\n2024年3月4日至4月26日,区委第一巡察组对区卫生健康局党组开展了巡察。6月3日,巡察组反馈了巡察意见。现将巡察整改情况予以公布。`,
      { title: null, issuer: null, inspectedUnit: '区卫生健康局党组', inspectionBody: '区委第一巡察组', feedbackDate: '2024-06-03', publishedDate: '2024-08-01' },
    ],
    [
      'feedback of a 回头看',
      `2019年10月8日至11月20日,省委第二巡视组对某某市开展了巡视“回头看”。2020年1月10日,省委巡视组向某某市委反馈了巡视“回头看”情况。`,
      { inspectionBody: '省委第二巡视组', inspectionStart: '2019-10-08', inspectionEnd: '2019-11-20', feedbackDate: '2020-01-10' },
    ],
    [
      'no dates stated: null, never a guess',
      `省委第一巡视组对某某县开展了巡视“回头看”。巡视组反馈意见后,县委高度重视。现将巡视整改情况予以公布。`,
      { inspectionBody: '省委第一巡视组', inspectedUnit: '某某县', inspectionStart: null, inspectionEnd: null, feedbackDate: null, publishedDate: null, issuer: null },
    ],
    [
      'title over two lines',
      `中共某某区委\n关于巡视整改情况的通报\n2021年4月至6月,省委第二巡视组对某某区开展了巡视。`,
      { title: '中共某某区委关于巡视整改情况的通报', issuer: '中共某某区委', inspectionStart: null, inspectionEnd: null },
    ],
    [
      'title without 关于, issuer from its prefix',
      `某某县卫生健康局党组巡察整改情况通报\n2022年5月9日至6月30日,县委第三巡察组对县卫生健康局党组开展了巡察,并于2022年8月12日反馈了巡察意见。`,
      { title: '某某县卫生健康局党组巡察整改情况通报', issuer: '某某县卫生健康局党组', feedbackDate: '2022-08-12', inspectionEnd: '2022-06-30' },
    ],
    [
      'traditional characters fold to simplified values',
      `中共某某市委關於巡視整改情況的通報\n根據省委統一部署，2021年3月15日至5月10日，省委第四巡視組對某某市開展了巡視。7月2日，省委巡視組向某某市委反饋了巡視意見。\n歡迎廣大幹部群眾對巡視整改落實情況進行監督。\n中共某某市委\n2021年11月30日`,
      { title: '中共某某市委关于巡视整改情况的通报', issuer: '中共某某市委', inspectedUnit: '某某市', inspectionBody: '省委第四巡视组', inspectionStart: '2021-03-15', inspectionEnd: '2021-05-10', feedbackDate: '2021-07-02', publishedDate: '2021-11-30' },
    ],
    [
      'a round-numbered body, 进行了反馈, bracketed page date, 完成时间 in the body is not it',
      `来源:某某区委 日期:[2020-07-30]\n关于十一届省委第五轮巡视整改进展情况的通报(全文)\n2019年9月20日至12月10日,十一届省委第五轮巡视第四巡视组对潍坊市奎文区进行了巡视,并于2020年3月25日进行了反馈。完成时间:2020年12月31日。`,
      { title: '关于十一届省委第五轮巡视整改进展情况的通报(全文)', inspectionBody: '省委第五轮巡视第四巡视组', inspectedUnit: '潍坊市奎文区', inspectionStart: '2019-09-20', inspectionEnd: '2019-12-10', feedbackDate: '2020-03-25', publishedDate: '2020-07-30', issuer: null },
    ],
    [
      'signature and date on one line after the closing',
      `2022年3月1日至4月15日,市委第四巡察组对市财政局党组开展了巡察。5月10日,巡察组向市财政局党组反馈了巡察意见。\n${SIGN}\n中共某某市财政局党组　　2022年9月9日\n附件下载\n扫一扫在手机上查看当前页面`,
      { issuer: '中共某某市财政局党组', publishedDate: '2022-09-09', feedbackDate: '2022-05-10' },
    ],
    [
      '进驻 instead of 对, month-only range, 集中反馈 and 反馈会议',
      `2022年3月至5月,省委第二巡视组进驻某某县,开展为期两个月的常规巡视。2022年7月8日,巡视组召开反馈会议,进行了集中反馈。`,
      { inspectionBody: '省委第二巡视组', inspectedUnit: '某某县', inspectionType: '巡视', inspectionStart: null, inspectionEnd: null, feedbackDate: '2022-07-08' },
    ],
    [
      'title only in the window title or the breadcrumbs',
      `中共某某县委关于巡察整改情况的通报_清廉某某网\n首页 > 巡视巡察 > 正文\n2023年4月10日至5月31日,县委第二巡察组对县民政局党组开展了巡察。`,
      { title: '中共某某县委关于巡察整改情况的通报', issuer: '中共某某县委' },
    ],
    [
      'title only as the last breadcrumb',
      `当前位置:首页 > 巡视巡察 > 某某县民政局党组关于巡察整改情况的通报\n2023年4月10日至5月31日,县委第二巡察组对县民政局党组开展了巡察。`,
      { title: '某某县民政局党组关于巡察整改情况的通报', issuer: '某某县民政局党组' },
    ],
  ])('%s', (_name, text, expected) => {
    const got = fields(text);
    expect(noticeFieldsSchema.parse(got)).toMatchObject(expected);
  });

  it.each(['', '\n\n', '巡视组', '2024年13月45日至99月1日', '对'.repeat(5000), '省委第一巡视组对'.repeat(200)])('never throws on odd input %#', (text) => {
    expect(noticeFieldsSchema.parse(fields(text))).toBeTruthy();
  });

  it('is all null for a text that says nothing', () => {
    expect(fields('今天天气很好。')).toEqual(EMPTY_NOTICE);
  });
});
