/**
 * Word lists for a million realistic company names that share common words ("Shanghai",
 * "Technology", "Golden"…): the hard case for trigram search. Names are built in SQL from
 * these lists; `nameKeySql` builds the normalised key the same way, and the benchmark checks
 * a sample against normalizeCompanyName so the keys are the ones the product would store.
 */
export const CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Suzhou', 'Ningbo', 'Tianjin', 'Chengdu', 'Wuhan', 'Xiamen', 'Qingdao', 'Dalian', 'Nanjing', 'Foshan', 'Dongguan', 'Hamburg', 'Munich', 'Lyon', 'Milan', 'Madrid', 'Rotterdam', 'Osaka', 'Seattle', 'Austin', 'Boston', 'Toronto', 'Sydney', 'Singapore', 'Dubai'];
export const SYLLABLES = ['Hua', 'Xin', 'Tai', 'Kang', 'Long', 'Feng', 'Jin', 'Mei', 'Da', 'Tian', 'Sheng', 'Yuan', 'Hong', 'Li', 'Zhong', 'Bao', 'Heng', 'Rui', 'Fu', 'An', 'Cheng', 'Guang', 'Hai', 'Jia', 'Ming', 'Peng', 'Qi', 'Shun', 'Wei', 'Xing', 'Yong', 'Zhi', 'Bo', 'De', 'En', 'Gao', 'Hui', 'Kai', 'Lian', 'Nan'];
export const CORE_WORDS = ['Golden', 'Bright', 'Star', 'Dragon', 'Ocean', 'Sun', 'Pacific', 'Asia', 'Global', 'United', 'Eastern', 'Western', 'Northern', 'Southern', 'Royal', 'Prime', 'Apex', 'Summit', 'Crystal', 'Silver', 'Jade', 'Phoenix', 'Lotus', 'Harmony', 'Victory', 'Fortune', 'Century', 'Pioneer', 'Vision', 'Future', 'Smart', 'Green', 'Blue', 'Red', 'Alpha', 'Delta', 'Omega', 'Nova', 'Orion', 'Vertex'];
export const INDUSTRIES = ['Trading', 'Technology', 'Electronics', 'Logistics', 'Machinery', 'Textile', 'Pharmaceutical', 'Software', 'Foods', 'Chemical', 'Packaging', 'Instruments', 'Furniture', 'Garments', 'Optics', 'Plastics', 'Steel', 'Paper', 'Toys', 'Lighting', 'Ceramics', 'Energy', 'Solar', 'Biotech', 'Cosmetics', 'Tools', 'Valves', 'Cables'];
export const LEGAL_FORMS = ['Co., Ltd.', 'Ltd', 'Limited', 'Inc.', 'GmbH', 'LLC', 'Corporation', 'S.A.', 'B.V.', 'Co.'];

/** The SQL that yields, for each g, a display name, its key, a slug for domains, and a phone. */
export const GENERATE_SQL = `
  SELECT g,
         q.core || ' ' || p.legal AS display,
         lower(q.core) AS name_key,
         regexp_replace(lower(q.core), '[^a-z0-9]', '', 'g') || g AS slug,
         '+8621' || lpad((10000000 + g % 89999999)::text, 8, '0') AS phone
    FROM generate_series($6::int, $7::int) g,
         LATERAL (SELECT $1::text[] AS city, $2::text[] AS syl, $3::text[] AS core, $4::text[] AS ind, $5::text[] AS legal) w,
         LATERAL (SELECT
           w.city[1 + (g::bigint * 7919) % array_length(w.city, 1)] AS c,
           w.syl[1 + (g::bigint * 104729) % array_length(w.syl, 1)] || lower(w.syl[1 + (g::bigint * 1299709) % array_length(w.syl, 1)]) AS b,
           w.core[1 + (g::bigint * 15485863) % array_length(w.core, 1)] AS k,
           w.ind[1 + (g::bigint * 32452843) % array_length(w.ind, 1)] AS i,
           w.legal[1 + (g::bigint * 49979687) % array_length(w.legal, 1)] AS legal) p,
         LATERAL (SELECT p.c || ' ' || p.b || ' ' || p.k || ' ' || p.i AS core) q`;
