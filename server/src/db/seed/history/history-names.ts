/**
 * Word lists for generated companies and people. Different from the demo's hand-picked names,
 * so a generated history never reads as a duplicate of a demo customer.
 */
export const CITIES = ['Ningbo', 'Suzhou', 'Wuxi', 'Xiamen', 'Qingdao', 'Dalian', 'Foshan', 'Hefei', 'Lyon', 'Porto', 'Gdansk', 'Tampere', 'Austin', 'Denver', 'Penang', 'Cebu'];
export const BRANDS = ['Brightstone', 'Clearwater', 'Copperleaf', 'Driftwood', 'Eastbay', 'Fernhill', 'Greystone', 'Highmark', 'Ironwood', 'Kingsbridge', 'Lakeshore', 'Millbrook', 'Newhaven', 'Oakridge', 'Pinecrest', 'Riverbend', 'Stonegate', 'Sunfield', 'Timberline', 'Westbrook'];
export const TRADES = ['Components', 'Supply', 'Machinery', 'Plastics', 'Electronics', 'Pharma', 'Garments', 'Tools', 'Ceramics', 'Optics', 'Metals', 'Paper'];
export const LEGAL_FORMS = ['Co., Ltd.', 'Ltd', 'GmbH', 'Inc.', 'LLC', 'S.A.', 'B.V.', 'Oy'];
export const INDUSTRIES = ['Manufacturing', 'Retail', 'Logistics', 'Software', 'Healthcare', 'Education', 'Energy', 'Food & Beverage', 'Construction', 'Finance'];
/** The demo's regions, so a generated history lands in regions the demo already has. */
export const REGIONS = ['East China', 'North China', 'South China', 'Europe', 'North America', 'Southeast Asia'];
/** Sources a rep enters a customer from; "Import" is reserved for customers imported straight into the pool. */
export const SOURCES = ['Trade show', 'Website', 'Referral', 'Cold call', 'Partner'];
export const IMPORT_SOURCE = 'Import';
export const FIRST_NAMES = ['Ava', 'Bo', 'Carla', 'Dmitri', 'Eun', 'Farah', 'Gus', 'Hana', 'Ines', 'Jonas', 'Kira', 'Leo', 'Mei', 'Nils', 'Olga', 'Pablo', 'Qing', 'Rosa', 'Sven', 'Tara', 'Uma', 'Viktor', 'Wen', 'Yusuf'];
export const LAST_NAMES = ['Ahn', 'Berg', 'Costa', 'Diaz', 'Engel', 'Fang', 'Gomez', 'Holm', 'Ito', 'Jansen', 'Kaur', 'Lund', 'Moreau', 'Nagy', 'Ortiz', 'Petrov', 'Quinn', 'Rao', 'Sato', 'Tan'];

/** Follow-ups long enough and of a kind the default policy counts. */
export const COUNTED_NOTES = [
  'Called the buyer about volumes for next quarter and sent the price list.',
  'Visited the plant, met purchasing and engineering; samples requested.',
  'Meeting on the framework agreement: payment terms still open.',
  'Emailed the revised quote with the discount for annual volume.',
  'Call with the owner: budget approved, waiting for the formal order.',
  'Demo of the product line for their technical team, good feedback.',
];
/** Follow-ups the default policy does not count: notes to self, chat messages, too short. */
export const UNCOUNTED_NOTES: { type: 'NOTE' | 'WECHAT' | 'CALL'; content: string }[] = [
  { type: 'NOTE', content: 'Check their website again next month.' },
  { type: 'WECHAT', content: 'Sent our catalogue on WeChat.' },
  { type: 'CALL', content: 'No answer.' },
  { type: 'NOTE', content: 'Found them in the trade show list.' },
];
export const RETURN_NOTES = ['Buys only through their parent company', 'Closed down the local office', 'Handled by a distributor we do not serve'];
export const RELEASE_REASONS = ['released: the rep moved to another territory', 'released: the account is being re-planned by the manager'];
