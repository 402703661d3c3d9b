/**
 * A document's number and symbol (*số và ký hiệu*), split into parts.
 *
 * @remarks Party documents write `985-KH/HNDT` (number, document type, issuer);
 * state documents write `123/KH-UBND` or `30/2020/NĐ-CP` (number, optional
 * year, type, issuer). `style` tells which.
 * @category Model
 */
export interface DocumentReference {
  /** The number, e.g. `985`; absent in a draft that leaves it blank (`-KH/TU`). */
  readonly number?: number;
  /** The year for the state form `30/2020/NĐ-CP`. */
  readonly year?: number;
  /** The document type's abbreviation, e.g. `KH` (*kế hoạch*), `NQ` (*nghị quyết*). */
  readonly type: string;
  /** The issuer's abbreviation, e.g. `HNDT`, `TW`, `UBND`. */
  readonly issuer: string;
  /** `party` for `n-TYPE/ISSUER`, `state` for `n/TYPE-ISSUER`. */
  readonly style: 'party' | 'state';
}

const LETTERS = 'A-ZĐƯƠÂĂÊÔ';
const PARTY = new RegExp(
  `^(\\d{1,6})?\\s*[-–]\\s*([${LETTERS}]{1,8})\\s*/\\s*([${LETTERS}0-9]+(?:[-.][${LETTERS}0-9]+)*)$`,
  'u',
);
const STATE = new RegExp(
  `^(\\d{1,6})?\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?([${LETTERS}]{1,8})\\s*-\\s*([${LETTERS}0-9]+(?:[-.][${LETTERS}0-9]+)*)$`,
  'u',
);

/**
 * Splits a number and symbol such as `985-KH/HNDT` into its parts.
 *
 * @remarks Accepts the Party form (`58-NQ/TW`, `985-KH/HNDT`) and the state form
 * (`123/KH-UBND`, `30/2020/NĐ-CP`). White space around the separators and an
 * en dash for the hyphen are tolerated. A draft may leave the number blank
 * (`-KH/TU`, `/KH-UBND`): `number` is then absent. The input is read as NFC.
 * @param reference - The number and symbol as printed.
 * @returns The parts, or `undefined` when the text is not a number and symbol.
 * @example
 * ```ts
 * parseDocumentReference('985-KH/HNDT');
 * // => { number: 985, type: 'KH', issuer: 'HNDT', style: 'party' }
 * parseDocumentReference('30/2020/NĐ-CP');
 * // => { number: 30, year: 2020, type: 'NĐ', issuer: 'CP', style: 'state' }
 * parseDocumentReference('KH 985'); // => undefined
 * ```
 * @category Model
 */
export function parseDocumentReference(reference: string): DocumentReference | undefined {
  if (reference.length > 100) return undefined;
  // Number, then a hyphen, then TYPE/ISSUER (Party) — or number/[year/]TYPE-ISSUER (state).
  const text = reference.normalize('NFC').trim();
  const party = PARTY.exec(text);
  if (party) {
    const parts: DocumentReference = { type: party[2]!, issuer: party[3]!, style: 'party' };
    return party[1] ? { number: Number(party[1]), ...parts } : parts;
  }
  const state = STATE.exec(text);
  if (state) {
    const number = state[1] ? { number: Number(state[1]) } : {};
    const year = state[2] ? { year: Number(state[2]) } : {};
    return { ...number, ...year, type: state[3]!, issuer: state[4]!, style: 'state' };
  }
  return undefined;
}

/**
 * Writes document reference parts back as a number and symbol.
 *
 * @param ref - The parts, as {@link parseDocumentReference} returns them.
 * @returns The number and symbol, e.g. `985-KH/HNDT`.
 * @example
 * ```ts
 * formatDocumentReference({ number: 985, type: 'KH', issuer: 'HNDT', style: 'party' }); // => '985-KH/HNDT'
 * ```
 * @category Model
 */
export function formatDocumentReference(ref: DocumentReference): string {
  const n = ref.number ?? '';
  if (ref.style === 'party') return `${n}-${ref.type}/${ref.issuer}`;
  return ref.year === undefined
    ? `${n}/${ref.type}-${ref.issuer}`
    : `${n}/${ref.year}/${ref.type}-${ref.issuer}`;
}
