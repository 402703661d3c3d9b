/**
 * Recognise: the bodies a text names — *Ban Thường vụ Tỉnh ủy Thanh Hóa*,
 * *Huyện ủy Đô Lương*, *Đảng ủy phường Thị Cầu*, *Tỉnh đoàn*, *Hội Nông dân
 * tỉnh*, *Đoàn TN Tổng Công ty KSTM*, *14/14 đoàn cấp huyện* — each split into
 * its organ (*Ban Thường vụ*), its kind (*Huyện ủy*), the unit word after it
 * (*phường*, *tỉnh*, *Tổng Công ty*) and its proper name.
 *
 * @remarks Matches run on the folded text; names are read from the NFC text
 * (capitalised words, at most four). A body right after a person's title
 * (*Bí thư Tỉnh ủy*, *Phó Bí thư Tỉnh đoàn*) is marked `title`: it names the
 * person's office, not an actor.
 */

/** The kinds of body, by what they are (their tier comes in `resolve/levels.ts`). */
export type BodyKind =
  | 'province-committee' // Tỉnh ủy
  | 'city-committee' // Thành ủy
  | 'district-committee' // Huyện ủy, Quận ủy, Thị ủy
  | 'party-committee' // Đảng ủy, Đảng bộ (+ unit)
  | 'branch' // Chi bộ
  | 'province-union' // Tỉnh đoàn, Tỉnh hội
  | 'city-union' // Thành đoàn, Thành hội
  | 'district-union' // Huyện đoàn, Thị đoàn, Huyện hội
  | 'union' // Đoàn (TN) + unit, Hội Nông dân + unit, Công đoàn, Liên đoàn Lao động
  | 'front' // Ủy ban MTTQ
  | 'state' // UBND, HĐND, Sở, Phòng
  | 'delegation' // Đoàn ĐBQH (a province's deputies)
  | 'central'; // Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương

/** One body the text names. */
export interface BodyFound {
  /** Where the whole phrase starts (its organ included) and ends (its name included). */
  readonly start: number;
  readonly end: number;
  readonly kind: BodyKind;
  /** The folded unit word after the kind (*tinh*, *phuong*, *tong cong ty*), if any. */
  readonly unit: string | undefined;
  /** Its proper name as written (NFC), if any. */
  readonly name: string | undefined;
  /** Whether an organ (*Ban Thường vụ*, *Ban Tuyên giáo*) leads the phrase. */
  readonly organ: boolean;
  /** Whether it follows a person's title: it names an office, not an actor. */
  readonly title: boolean;
  /** Whether it is a tier word (*đoàn cấp huyện*, *các huyện ủy*) rather than one named body. */
  readonly generic: boolean;
}

const ORGAN = String.raw`(?:(?:ban thuong vu|btv|ban chap hanh|bch|thuong truc|thuong vu|ban tuyen giao|ban to chuc|ban dan van|van phong|uy ban kiem tra|ban can su)\s+)?`;

const KINDS: ReadonlyArray<readonly [string, BodyKind]> = [
  ['bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang', 'central'],
  ['tinh uy', 'province-committee'],
  ['thanh uy', 'city-committee'],
  ['huyen uy|quan uy|thi uy', 'district-committee'],
  ['dang uy|dang bo', 'party-committee'],
  ['chi bo', 'branch'],
  ['tinh doan|tinh hoi', 'province-union'],
  ['thanh doan|thanh hoi', 'city-union'],
  ['huyen doan|thi doan|quan doan|huyen hoi|thi hoi', 'district-union'],
  ['doan dbqh|doan dai bieu quoc hoi', 'delegation'],
  [
    'hoi nong dan|hoi lien hiep phu nu|hoi lhpn|hoi cuu chien binh|hoi ccb|lien doan lao dong|cong doan|doan thanh nien|doan tn|doan tncs|doan',
    'union',
  ],
  ['uy ban mat tran to quoc|uy ban mttq|mttq', 'front'],
  ['uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd', 'state'],
];

const BODY = new RegExp(String.raw`\b${ORGAN}(${KINDS.map(([k]) => k).join('|')})\b`, 'g');

/** Unit words that may follow a kind (*Đảng ủy phường*, *Đoàn TN Tổng Công ty*). */
const UNIT =
  /^\s{1,3}(cac co quan dang tinh|cac co quan dang|co quan|khoi|tong cong ty|cong ty|truong|tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|dac khu|cap tinh|cap huyen|cap xa|cap co so|co so|truc thuoc)\b/;

/** Titles of people: a body after one names an office. */
const PERSON_TITLE =
  /(?:bi thu|pho bi thu|uy vien|chu tich|pho chu tich|truong ban|pho truong ban|giam doc|pho giam doc|chanh van phong|truong doan|pho truong doan|dai bieu|can bo|lanh dao|thanh vien)(?:\s+(?:thuong truc|chuyen trach|ban thuong vu|btv|ban chap hanh|bch))?\s*$/;

const NAME = /^\s{1,3}(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})/u;

/** Every body named in a span of the text, in text order. */
export function findBodies(folded: string, nfc: string, from = 0, to = folded.length): BodyFound[] {
  const out: BodyFound[] = [];
  const f = folded.slice(from, to);
  BODY.lastIndex = 0;
  for (let m = BODY.exec(f); m !== null; m = BODY.exec(f)) {
    const kindWord = m[1]!;
    const kind = KINDS.find(([k]) => new RegExp(`^(?:${k})$`).test(kindWord))![1];
    const start = from + m.index;
    let end = start + m[0].length;
    // "đoàn kết", "đoàn viên", "đoàn thể", "đoàn đại biểu" are not bodies.
    if (
      kindWord === 'doan' &&
      /^\s*(?:ket|vien|the|dai bieu|cong tac|kiem tra|giam sat|khao sat|ra)\b/.test(
        folded.slice(end, end + 12),
      )
    )
      continue;
    const before = folded.slice(Math.max(0, start - 40), start);
    const generic =
      /(?:\bcac|\bnhung|\d+\s*\/\s*\d+|\bmoi)\s+$/.test(before) ||
      /^\s{1,3}(?:cap huyen|cap xa|cap co so|co so|cac)\b/.test(folded.slice(end, end + 14));
    let unit: string | undefined;
    const u = UNIT.exec(folded.slice(end, end + 30));
    if (u) {
      unit = u[1]!;
      end += u[0].length;
    }
    let name: string | undefined;
    // An abbreviation in brackets may stand between the kind and the name (*Đoàn ĐBQH (…) Thanh Hóa*).
    const abbr = /^\s{0,3}\([^()\n]{1,15}\)/.exec(nfc.slice(end, end + 20));
    const n = NAME.exec(nfc.slice(end + (abbr ? abbr[0].length : 0), end + 80));
    if (n && abbr) end += abbr[0].length;
    if (
      n &&
      !/^(?:Đảng|Nghị|Ban|Hội|Kế|Chương|Tỉnh|Huyện|Thành|Ủy|UBND|HĐND)$/u.test(n[1]!.split(' ')[0]!)
    ) {
      name = n[1]!;
      end += n[0].length;
    }
    out.push({
      start,
      end,
      kind,
      unit,
      name,
      organ: m[0].length > kindWord.length,
      title: PERSON_TITLE.test(before),
      generic,
    });
    BODY.lastIndex = end - from;
  }
  return out;
}

/** Whether a body is a committee's own organ or the committee itself, not a lower unit. */
export function sameCommittee(a: BodyFound, b: BodyFound): boolean {
  return a.kind === b.kind && (a.name === undefined || b.name === undefined || a.name === b.name);
}
