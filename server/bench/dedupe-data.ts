/**
 * Word lists for a million realistic company names that share common words ("Shanghai",
 * "Technology", "Golden"…): the hard case for trigram search. Structure as registries
 * prescribe it: [place] [brand] [descriptor] [industry] [legal form]. Keys are computed by the
 * product's own functions, so the benchmark measures what the product would store.
 */
export const CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Suzhou', 'Ningbo', 'Tianjin', 'Chengdu', 'Wuhan', 'Xiamen', 'Qingdao', 'Dalian', 'Nanjing', 'Foshan', 'Dongguan', 'Hamburg', 'Munich', 'Lyon', 'Milan', 'Madrid', 'Rotterdam', 'Osaka', 'Seattle', 'Austin', 'Boston', 'Toronto', 'Sydney', 'Singapore', 'Dubai'];
export const SYLLABLES = ['Hua', 'Xin', 'Tai', 'Kang', 'Long', 'Feng', 'Jin', 'Mei', 'Da', 'Tian', 'Sheng', 'Yuan', 'Hong', 'Li', 'Zhong', 'Bao', 'Heng', 'Rui', 'Fu', 'An', 'Cheng', 'Guang', 'Hai', 'Jia', 'Ming', 'Peng', 'Qi', 'Shun', 'Wei', 'Xing', 'Yong', 'Zhi', 'Bo', 'De', 'En', 'Gao', 'Hui', 'Kai', 'Lian', 'Nan'];
export const CORE_WORDS = ['Golden', 'Bright', 'Star', 'Dragon', 'Ocean', 'Sun', 'Pacific', 'Asia', 'Global', 'United', 'Eastern', 'Western', 'Northern', 'Southern', 'Royal', 'Prime', 'Apex', 'Summit', 'Crystal', 'Silver', 'Jade', 'Phoenix', 'Lotus', 'Harmony', 'Victory', 'Fortune', 'Century', 'Pioneer', 'Vision', 'Future', 'Smart', 'Green', 'Blue', 'Red', 'Alpha', 'Delta', 'Omega', 'Nova', 'Orion', 'Vertex'];
export const INDUSTRIES = ['Trading', 'Technology', 'Electronics', 'Logistics', 'Machinery', 'Textile', 'Pharmaceutical', 'Software', 'Foods', 'Chemical', 'Packaging', 'Instruments', 'Furniture', 'Garments', 'Optics', 'Plastics', 'Steel', 'Paper', 'Toys', 'Lighting', 'Ceramics', 'Energy', 'Solar', 'Biotech', 'Cosmetics', 'Tools', 'Valves', 'Cables'];
export const LEGAL_FORMS = ['Co., Ltd.', 'Ltd', 'Limited', 'Inc.', 'GmbH', 'LLC', 'Corporation', 'S.A.', 'B.V.', 'Co.'];

/** The g-th company (1-based), deterministic: the same million names on every run. */
export function companyNumber(g: number) {
  // Each word is drawn by its own hash of g. (Multiples of g modulo the list length made every
  // pick a function of g mod 40: 40 brands in all, each shared by 25,000 names.)
  const pick = <T>(list: readonly T[], salt: number) => list[mix(g, salt) % list.length];
  // Brands (字号) are what tell companies apart: 64,000 three-syllable ones, so a brand recurs
  // about 15 times in a million names, each time with other places and industries.
  const brand = pick(SYLLABLES, 1) + pick(SYLLABLES, 2).toLowerCase() + pick(SYLLABLES, 3).toLowerCase();
  const core = `${pick(CITIES, 4)} ${brand} ${pick(CORE_WORDS, 5)} ${pick(INDUSTRIES, 6)}`;
  const slug = core.toLowerCase().replace(/[^a-z0-9]/g, '') + g;
  return {
    companyName: `${core} ${pick(LEGAL_FORMS, 7)}`,
    website: `https://www.${slug}.com`,
    email: `info@${slug}.com`,
    phone: `+8621${String(10_000_000 + (g % 89_999_999)).padStart(8, '0')}`,
  };
}

/** A 32-bit integer hash of (g, salt) (the murmur3 finalizer): independent-looking picks per salt. */
function mix(g: number, salt: number): number {
  let h = Math.imul(g ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
