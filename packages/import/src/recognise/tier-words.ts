/**
 * Recognise: tier words (*cấp tỉnh*, *cấp huyện và tương đương*, *các huyện,
 * thị, thành ủy*, *đảng ủy các xã, phường*, *chi bộ*), each with its level.
 */
import type { TierLevel } from '@rollout/core';
import type { Found } from './found.js';

/** Tier words, most specific first; a match hides the words inside it. */
const TIER_WORDS: ReadonlyArray<readonly [RegExp, TierLevel]> = [
  // *các đảng bộ, chi bộ (trực thuộc)*: the grassroots units one tier below the issuer
  // (communes under a district); `isRelativeWord` lets the reader place it.
  [/\b(?:cac\s+)?(?:dang bo\s*,\s*chi bo|chi bo\s*,\s*dang bo)(?:\s+truc thuoc)?\b/g, 'commune'],
  [/\bdang uy truc thuoc(?:\s+(?:tinh uy|thanh uy|huyen uy))?/g, 'district'],
  [/\bcap huyen(?:\s+va tuong duong)?/g, 'district'],
  [
    /\bhuyen\s*,\s*(?:thi xa|thi)\s*,\s*(?:thanh pho|thanh)(?:\s+(?:uy|hoi))?(?:\s+truc thuoc tinh)?/g,
    'district',
  ],
  [/\b(?:huyen|quan|thi|thanh) uy\b/g, 'district'],
  [/\b(?:huyen hoi|hoi cap huyen|hoi nong dan (?:cac |cap )?huyen)\b/g, 'district'],
  [
    /\b(?:huyen|quan|thi) doan\b|\b(?:huyen|quan|thi) hoi\b|\bdoan truc thuoc\b|\bdoan cap huyen\b/g,
    'district',
  ],
  [
    /\b(?:uy ban\s+)?(?:mttq|mat tran to quoc)(?:[^.;:\n]{0,12}?\s+va cac doan the(?:\s+chinh tri\s*-\s*xa hoi)?)?/g,
    'district',
  ],
  [
    /\bcap tinh\b|\btinh hoi\b|\btoan tinh\b|\btinh uy\b|\bcap thanh pho truc thuoc trung uong\b/g,
    'province',
  ],
  // A city's own tier: province level for a centrally-run city; the reader makes it
  // district level when the plan is issued under a province (see `isCityWord`).
  [/\bcap thanh pho\b|\btoan thanh pho\b|\bthanh hoi\b|\bthanh doan\b/g, 'province'],
  [/\b(?:doan|hoi) (?:co so|xa|phuong|thi tran)\b|\bdoan cap co so\b/g, 'commune'],
  [/\bcap trung uong\b/g, 'central'],
  [
    /\bcap (?:co so|xa)\b|\bdang uy (?:cac )?(?:xa|phuong|thi tran)\b|\bdang bo co so\b|\bto chuc co so dang\b|\bco so hoi\b|\bhoi co so\b/g,
    'commune',
  ],
  [
    /\b(?:cac\s+)?xa\s*,\s*phuong(?:\s*,\s*thi tran)?|\bxa\s*,\s*thi tran\b|\bhoi (?:nong dan )?xa\b/g,
    'commune',
  ],
  [/\bchi bo\b|\bchi hoi\b|\bto hoi\b|\bchi doan\b/g, 'branch'],
];

/** Whether a tier word (folded) names the units directly under the issuer (*các đảng bộ, chi bộ*). */
export function isRelativeWord(folded: string): boolean {
  return /dang bo\s*,\s*chi bo|chi bo\s*,\s*dang bo/.test(folded);
}

/** Whether a tier word (folded) names a city's own tier (*cấp thành phố*). */
export function isCityWord(folded: string): boolean {
  return /^(?:cap thanh pho|toan thanh pho|thanh hoi|thanh doan)$/.test(folded);
}

/** Every tier word in a folded text, in text order (nested words hidden). */
export function findTierWords(folded: string): Found<TierLevel>[] {
  const out: Found<TierLevel>[] = [];
  // Code units already taken by a more specific word: linear, however many words there are.
  const taken = new Uint8Array(folded.length);
  for (const [re, level] of TIER_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      out.push({ start, end, value: level });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
