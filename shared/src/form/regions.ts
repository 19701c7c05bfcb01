/**
 * Regions for the address field: every province → city → county of China (GB/T 2260, from the
 * maintained @vant/area-data package) plus functional zones that have no GB/T 2260 code, listed
 * under their city (济宁's zones under 370800).
 */
import { areaList } from '@vant/area-data';

/** A zone (功能区): an internal code under a GB/T 2260 city. */
export interface RegionZone {
  code: string;
  name: string;
  cityCode: string;
}

/** 济宁's functional zones (their tenant codes). */
export const REGION_ZONES: readonly RegionZone[] = [
  { code: 'JN-GX', name: '济宁高新区', cityCode: '370800' },
  { code: 'JN-TBH', name: '太白湖新区', cityCode: '370800' },
  { code: 'JN-JKQ', name: '济宁经济技术开发区', cityCode: '370800' },
];

/** True for a county-level GB/T 2260 code or a zone code: what `address.region` holds. */
export function isRegionCode(code: string): boolean {
  return Object.hasOwn(areaList.county_list, code) || REGION_ZONES.some((zone) => zone.code === code);
}

/** The names of a region from province down, e.g. ['山东省', '济宁市', '任城区']; empty when unknown. */
export function regionNames(code: string): string[] {
  const zone = REGION_ZONES.find((z) => z.code === code);
  const county = zone ? zone.cityCode : code;
  const province = areaList.province_list[`${county.slice(0, 2)}0000`];
  const city = areaList.city_list[`${county.slice(0, 4)}00`];
  const leaf = zone ? zone.name : areaList.county_list[code];
  if (!leaf || !province) return [];
  return [province, ...(city ? [city] : []), leaf];
}

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** The province → city → county tree (zones appended under their city), built once per call site. */
export function regionTree(): RegionOption[] {
  const byPrefix = (list: Record<string, string>, prefix: string, len: number) =>
    Object.entries(list).filter(([code]) => code.slice(0, len) === prefix);
  return Object.entries(areaList.province_list).map(([pCode, pName]) => ({
    value: pCode,
    label: pName,
    children: byPrefix(areaList.city_list, pCode.slice(0, 2), 2).map(([cCode, cName]) => ({
      value: cCode,
      label: cName,
      children: [
        ...byPrefix(areaList.county_list, cCode.slice(0, 4), 4).map(([code, label]) => ({ value: code, label })),
        ...REGION_ZONES.filter((zone) => zone.cityCode === cCode).map((zone) => ({ value: zone.code, label: zone.name })),
      ],
    })),
  }));
}
