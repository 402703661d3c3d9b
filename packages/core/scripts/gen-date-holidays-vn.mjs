// Regenerates scripts/date-holidays-vn.json: what `date-holidays` (the maintained
// holiday library, a devDependency) says about Vietnam's lunar public holidays for
// 1990–2100. The cascade tests compare our own UTC+7 lunar routine against this table
// for every year (and re-check a sample of years against date-holidays live), because
// date-holidays takes ~65 ms per year. Run: node packages/core/scripts/gen-date-holidays-vn.mjs
import { writeFileSync } from 'node:fs';
import Holidays from 'date-holidays';

const dh = new Holidays('VN');
const years = {};
for (let y = 1990; y <= 2100; y++) {
  const hs = dh.getHolidays(y);
  const day = (pred) => hs.find(pred)?.date.slice(0, 10) ?? null;
  years[y] = {
    tet: day((h) => h.rule === 'vietnamese 1-0-1'),
    tetEve: day((h) => h.rule.startsWith('1 day before vietnamese 1-0-1')),
    hungKings: day((h) => h.rule === 'vietnamese 3-0-10'),
    public: hs.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)),
  };
}
const out = new URL('./date-holidays-vn.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({ source: 'date-holidays@3.37.0 new Holidays("VN")', years }, null, 1)}\n`,
);
