/**
 * The kind of a province-level unit: *tỉnh* (province) or *thành phố* (centrally-run city).
 *
 * @category Model
 */
export type ProvinceKind = 'tỉnh' | 'thành phố';

/**
 * The kind of a commune-level unit: *xã* (commune), *phường* (ward) or *đặc khu* (special zone).
 *
 * @category Model
 */
export type CommuneKind = 'xã' | 'phường' | 'đặc khu';

/**
 * A province or centrally-run city (*tỉnh*, *thành phố trực thuộc trung ương*) of
 * the two-level local government.
 *
 * @remarks `code` is the General Statistics Office's two-digit code (`'38'`).
 * `name` is the name without its kind, spelt as the data file spells it
 * (*Thanh Hoá*, with the tone on the *a*); `fullName` is the file's full name
 * (*Tỉnh Thanh Hoá*). `communes` is how many communes, wards and special zones
 * it has.
 * @category Model
 */
export interface Province {
  /** The two-digit code of the General Statistics Office. */
  readonly code: string;
  /** The name without its kind: *Thanh Hoá*. */
  readonly name: string;
  /** The full name: *Tỉnh Thanh Hoá*, *Thành phố Hà Nội*. */
  readonly fullName: string;
  /** *tỉnh* or *thành phố*. */
  readonly kind: ProvinceKind;
  /** How many communes, wards and special zones it has. */
  readonly communes: number;
}

/**
 * A commune, ward or special zone (*xã*, *phường*, *đặc khu*) of the two-level
 * local government.
 *
 * @remarks `code` is the General Statistics Office's five-digit code, unique in
 * the country (`'16279'`); `name` is the name without its kind; `fullName` the
 * full name with its kind capitalised (*Xã Nga Sơn*), and `provinceCode` the
 * code of its province.
 * @category Model
 */
export interface Commune {
  /** The five-digit code of the General Statistics Office. */
  readonly code: string;
  /** The name without its kind: *Nga Sơn*. */
  readonly name: string;
  /** The full name: *Xã Nga Sơn*, *Phường Ba Đình*, *Đặc khu Phú Quốc*. */
  readonly fullName: string;
  /** *xã*, *phường* or *đặc khu*. */
  readonly kind: CommuneKind;
  /** The code of its province. */
  readonly provinceCode: string;
}
