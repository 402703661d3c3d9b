/** One commune as generated: code, kind (0 xã, 1 phường, 2 đặc khu), name. @internal */
export type CommuneRow = readonly [code: string, kind: 0 | 1 | 2, name: string];

/** One province as generated, without its communes: code, kind (0 tỉnh, 1 thành phố), name, commune count. @internal */
export type ProvinceRow = readonly [code: string, kind: 0 | 1, name: string, communes: number];

/** One province and its communes, as a generated data module holds them. @internal */
export interface ProvinceData {
  readonly code: string;
  readonly kind: 'tỉnh' | 'thành phố';
  readonly name: string;
  readonly communes: readonly CommuneRow[];
}
