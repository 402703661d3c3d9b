import type { DeepMutable } from '@rollout/core';
import { diffPlans, type Plan, plan985KhHndt } from '@rollout/core';
import { renderDiffHtml, renderDiffMarkdown } from '@rollout/document';
import { describe, expect, it } from 'vitest';

const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;

function amended(): Plan {
  const b = copy(plan985KhHndt);
  b.sessions[1]!.deadline = { kind: 'by', date: '2020-09-30' };
  b.sessions[2]!.deadline = { kind: 'by', date: '2020-10-31' };
  b.recipients.splice(2, 1);
  return b;
}

/** The rows of the changes table of a Markdown rendering, as cells. */
function changeRows(md: string): string[][] {
  const lines = md.split('\n');
  const head = lines.findIndex((l) => l.startsWith('| # |'));
  return lines
    .slice(head + 2)
    .filter((l) => l.startsWith('| '))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.trim()),
    );
}

describe('renderDiffMarkdown', () => {
  it('lists each change with its value before and after, side by side', () => {
    const md = renderDiffMarkdown(diffPlans(plan985KhHndt, amended()));
    expect(md).toContain('| Số, ký hiệu | 985-KH/HNDT (3/9/2020) | 985-KH/HNDT (3/9/2020) |');
    expect(md).toContain('## Những điểm thay đổi (3)');
    expect(changeRows(md)).toEqual([
      [
        '1',
        'Hội nghị Hội Nông dân các huyện, thị, thành phố',
        'Dời thời hạn (muộn hơn 15 ngày)',
        'hoàn thành trước ngày 15/9/2020',
        'hoàn thành trước ngày 30/9/2020',
      ],
      [
        '2',
        'Hội nghị Hội Nông dân xã, phường, thị trấn, chi Hội',
        'Dời thời hạn (muộn hơn 16 ngày)',
        'hoàn thành trước ngày 15/10/2020',
        'hoàn thành trước ngày 31/10/2020',
      ],
      ['3', 'Thường trực tỉnh Hội', 'Bỏ', 'Thường trực tỉnh Hội (Biết)', '—'],
    ]);
  });

  it('writes English, says when nothing changed, and escapes what would break the table', () => {
    const same = renderDiffMarkdown(diffPlans(plan985KhHndt, plan985KhHndt), { lang: 'en' });
    expect(same).toContain('## Changes (0)');
    expect(same).toContain('The two versions do not differ.');
    const b = copy(plan985KhHndt);
    b.recipients.push({ name: 'Ban A | Ban *B*\nBan C\u202E\u0007', purpose: 'inform' });
    const md = renderDiffMarkdown(diffPlans(plan985KhHndt, b));
    expect(md).toContain(
      '| 1 | Ban A \\| Ban \\*B\\* Ban C | Thêm | — | Ban A \\| Ban \\*B\\* Ban C (Biết) |',
    );
  });
});

describe('renderDiffHtml', () => {
  it('a section with one row per change, before and after cells, all text escaped', () => {
    const b = amended();
    b.header.title = `${b.header.title} <b>sửa đổi</b>`;
    const html = renderDiffHtml(diffPlans(plan985KhHndt, b));
    expect(html.startsWith('<section class="rollout-diff" lang="vi">')).toBe(true);
    expect(html.match(/<tr><td>\d+<\/td>/g)).toHaveLength(4);
    expect(html).toContain(
      '<td class="before">hoàn thành trước ngày 15/9/2020</td><td class="after">hoàn thành trước ngày 30/9/2020</td>',
    );
    expect(html).toContain('&lt;b&gt;sửa đổi&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('a whole page when standalone, in English when asked', () => {
    const html = renderDiffHtml(diffPlans(plan985KhHndt, amended()), {
      lang: 'en',
      standalone: true,
    });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Two versions of a plan compared</title>');
    expect(html).toContain('<td>Deadline moved (15 days later)</td>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
