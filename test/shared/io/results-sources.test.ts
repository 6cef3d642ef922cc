import { describe, expect, it } from 'vitest';
import { sourceRows, withTitles } from '../../../shared/io/results-sources';
import { presetById } from '../../../seeds/index';
import { makeScenario } from '../../helpers/make-scenario';

describe('sources sheet rows', () => {
  it('names a seed file in free text by its title', () => {
    expect(withTitles('001_70f56cbcae554d7e.txt 第 325 行')).toBe('《连州市创建国家生态文明建设示范市规划》 第 325 行');
    // a title already in 《》 keeps one pair
    expect(withTitles('见 002_866c1fa59aebf7ef.txt')).toBe('见 《清远市生态环境保护"十四五"规划政策解读》');
    expect(withTitles('999_0000000000000000.txt')).toBe('999_0000000000000000.txt');
  });

  it('cites 连州’s 2020 GDP by title, issuer and lines, and no seed file name anywhere', () => {
    const rows = sourceRows(presetById('lianzhou-baseline')!);
    // 001 lines 79–81: “2020 年，全市实现地区生产总值161.21亿元”; 001 line 17: “连州市组织编制”
    expect(rows.find((r) => r.where === 'economy.baseGdpYiYuan')).toMatchObject({
      kind: '规划文件 document',
      title: '连州市创建国家生态文明建设示范市规划',
      issuer: '连州市人民政府',
      place: '第79–81行',
    });
    expect(JSON.stringify(rows)).not.toMatch(/\.txt/);
    // each project of the ledger carries its name
    expect(rows.some((r) => r.where.startsWith('electricity.projects[') && r.item !== '')).toBe(true);
  });

  it('words every kind of source', () => {
    const s = makeScenario((x) => {
      x.sources = {
        a: { kind: 'reference', refId: 'r', citation: 'IPCC 2006', citationZh: 'IPCC 2006 指南', year: 2006 },
        b: { kind: 'assumed', reason: 'why', reasonZh: '理由', basis: 'b', basisZh: '依据' },
        c: { kind: 'user', note: '自填' },
      };
    });
    const rows = sourceRows(s).filter((r) => ['a', 'b', 'c'].includes(r.where));
    expect(rows.map((r) => [r.kind, r.title, r.place, r.detail])).toEqual([
      ['参考资料 reference', 'IPCC 2006 指南', '2006', ''],
      ['假设 assumption', '理由', '', '依据'],
      ['用户输入 user input', '', '', '自填'],
    ]);
  });
});
