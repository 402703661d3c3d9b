import { describe, expect, it } from 'vitest';
import { plan985KhHndt } from '../examples/plan-985-kh-hndt.js';
import { clonePlan } from '../index.js';
import {
  boardPrefix,
  bodyAliases,
  issuerSymbol,
  namesBody,
  splitBodyName,
  upperBodyNames,
} from './bodies.js';

describe('splitBodyName', () => {
  it.each([
    ['Hội Nông dân huyện Nga Sơn', 'Hội Nông dân huyện', 'huyện', 'Nga Sơn'],
    ['Huyện ủy Nga Sơn', 'Huyện ủy', 'Huyện', 'Nga Sơn'],
    ['Thành ủy Thanh Hóa', 'Thành ủy', 'thành phố', 'Thanh Hóa'],
    ['Thị ủy Bỉm Sơn', 'Thị ủy', 'thị xã', 'Bỉm Sơn'],
    ['Hội Nông dân thị xã Bỉm Sơn', 'Hội Nông dân thị xã', 'thị xã', 'Bỉm Sơn'],
    ['Đảng ủy xã Nga An', 'Đảng ủy xã', 'xã', 'Nga An'],
    ['Tỉnh đoàn Thanh Hóa', 'Tỉnh đoàn', 'Tỉnh', 'Thanh Hóa'],
    ['Hội Nông dân thành phố Sầm Sơn', 'Hội Nông dân thành phố', 'thành phố', 'Sầm Sơn'],
  ])('%s → body %s, place %s', (name, body, level, place) => {
    expect(splitBodyName(name)).toEqual({ body, level, place });
  });

  it('keeps a name without a level word whole, and reads NFD text', () => {
    expect(splitBodyName('Chi hội Thôn Đông')).toEqual({ body: 'Chi hội Thôn Đông' });
    expect(splitBodyName('Huyện ủy Nga Sơn'.normalize('NFD')).place).toBe('Nga Sơn');
  });
});

describe('issuerSymbol', () => {
  it.each([
    ['Huyện ủy Nga Sơn', 'HU'],
    ['Thị ủy Bỉm Sơn', 'TU'],
    ['Thành ủy Sầm Sơn', 'TU'],
    ['Đảng ủy xã Nga An', 'ĐU'],
    ['Chi bộ thôn 3', 'CB'],
    ['Hội Nông dân huyện Nga Sơn', 'HNDH'],
    ['Hội Nông dân tỉnh Thanh Hóa', 'HNDT'],
    ['Hội Nông dân xã Nga An', 'HNDX'],
  ])('%s → %s', (name, symbol) => {
    expect(issuerSymbol(name)).toBe(symbol);
  });
});

describe('boardPrefix', () => {
  it('finds the board that opens an issuer name, abbreviated or not', () => {
    expect(boardPrefix('BCH HND TỈNH THANH HOÁ')).toBe('BCH');
    expect(boardPrefix('BAN THƯỜNG VỤ TỈNH ỦY')).toBe('BAN THƯỜNG VỤ');
    expect(boardPrefix('TỈNH ỦY THANH HÓA')).toBeUndefined();
  });
});

describe('bodyAliases and namesBody', () => {
  const aliases = bodyAliases(upperBodyNames(clonePlan(plan985KhHndt)));

  it.each([
    'Hội Nông dân tỉnh Thanh Hóa',
    'Tỉnh Hội',
    'Thường trực tỉnh Hội',
    'Ban Thường vụ Hội Nông dân tỉnh',
    'BCH HND tỉnh Thanh Hoá',
  ])('985-KH/HNDT names its issuer as «%s»', (name) => {
    expect(namesBody(name, aliases)).toBe(true);
  });

  it.each([
    'Huyện ủy Nga Sơn',
    'Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy',
    'Hội Nông dân huyện Nga Sơn',
    'Ban Tuyên huấn TW Hội',
  ])('«%s» is another body', (name) => {
    expect(namesBody(name, aliases)).toBe(false);
  });

  it('reads a Party committee and its short form', () => {
    const party = bodyAliases(['TỈNH ỦY THANH HÓA']);
    expect(namesBody('Ban Thường vụ Tỉnh ủy', party)).toBe(true);
    expect(namesBody('Ban Tuyên giáo Tỉnh ủy Thanh Hóa', party)).toBe(true);
    expect(namesBody('Huyện ủy Nga Sơn', party)).toBe(false);
    // The committee is the Executive Committee of the province's Party organisation.
    expect(namesBody('Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh', party)).toBe(true);
    expect(namesBody('Ban Chấp hành Đảng bộ huyện', party)).toBe(false);
  });

  it('takes the addressee of a report before «qua»', () => {
    expect(bodyAliases(['Tỉnh Hội qua ban Tuyên giáo'])).toEqual([['tinh', 'hoi']]);
  });
});
