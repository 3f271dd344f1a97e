import type { Locale } from '../../auth/user-role';
import { REGIONS, type RegionCode } from '../../common/domain/regions';

/** The official Arabic names of the 12 regions; French names (REGIONS) serve English and French. */
const ARABIC: Record<RegionCode, string> = {
  'MA-01': 'طنجة تطوان الحسيمة',
  'MA-02': 'الشرق',
  'MA-03': 'فاس مكناس',
  'MA-04': 'الرباط سلا القنيطرة',
  'MA-05': 'بني ملال خنيفرة',
  'MA-06': 'الدار البيضاء سطات',
  'MA-07': 'مراكش آسفي',
  'MA-08': 'درعة تافيلالت',
  'MA-09': 'سوس ماسة',
  'MA-10': 'كلميم واد نون',
  'MA-11': 'العيون الساقية الحمراء',
  'MA-12': 'الداخلة وادي الذهب',
};

export function regionName(code: string, locale: Locale): string {
  if (!(code in REGIONS)) return code;
  return locale === 'ar' ? ARABIC[code as RegionCode] : REGIONS[code as RegionCode];
}
