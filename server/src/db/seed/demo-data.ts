import type { CustomerStatus, Role } from '@berth/domain';
import { prng } from './history/prng';

/**
 * The demo team and customers as plain data, generated from a fixed seed: the same input
 * gives the same company names, owners and dates on every machine.
 */
export const DEMO_PASSWORD = 'berth-demo';

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: Role;
  department: string | null;
}

export interface DemoCustomer {
  companyName: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  industry: string;
  region: string;
  source: string;
  tags: string[];
  tierCode: string;
  status: CustomerStatus;
  /** Key of the owning user, or null for the public pool. */
  ownerKey: string | null;
  /** Key of the rep who entered it (the previous owner of a pool customer). */
  creatorKey: string;
  createdDaysAgo: number;
  ownedDaysAgo: number;
  contacts: { name: string; title: string; phones: string[]; emails: string[]; birthday: string | null }[];
}

/** Department tree: name → parent name. North has a key-accounts sub-team to show subtrees. */
export const DEMO_DEPARTMENTS: [string, string | null][] = [
  ['Sales', null],
  ['North team', 'Sales'],
  ['North key accounts', 'North team'],
  ['South team', 'Sales'],
];

export const DEMO_REGIONS = ['East China', 'North China', 'South China', 'Europe', 'North America', 'Southeast Asia'];

// Half the team writes its name in Chinese, as the teams Berth is written for do.
const REP_NAMES = ['李伟', 'Emma Novak', '张敏', 'Lucas Meyer', '陈静', 'Sofia Rossi', '王芳', 'Daniel Park'];

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', email: 'admin@berth.dev', name: 'Alex Admin', role: 'ADMIN', department: 'Sales' },
  { key: 'manager1', email: 'manager1@berth.dev', name: 'Morgan North', role: 'MANAGER', department: 'North team' },
  { key: 'manager2', email: 'manager2@berth.dev', name: 'Sam South', role: 'MANAGER', department: 'South team' },
  ...REP_NAMES.map((name, i) => ({
    key: `rep${i + 1}`,
    email: `rep${i + 1}@berth.dev`,
    name,
    role: 'REP' as const,
    // rep1–3 North, rep4 North key accounts, rep5–8 South
    department: i < 3 ? 'North team' : i === 3 ? 'North key accounts' : 'South team',
  })),
];

export const DEMO_LOGINS = DEMO_USERS.map((u) => u.email);

const INDUSTRIES = ['Manufacturing', 'Retail', 'Logistics', 'Software', 'Healthcare', 'Education', 'Energy', 'Food & Beverage', 'Construction', 'Finance'];
const SOURCES = ['Trade show', 'Website', 'Referral', 'Cold call', 'Partner', 'Import'];
const TAGS = ['trade-show-2026', 'VIP', 'export', 'referral', 'renewal', 'USA', 'Europe', 'distributor'];
const STATUSES: CustomerStatus[] = ['NEW', 'FOLLOWING_UP', 'FOLLOWING_UP', 'NEGOTIATING', 'WON', 'LOST'];
const NAME_A = ['Apex', 'Blue River', 'Cedar', 'Delta', 'Evergreen', 'Falcon', 'Golden Gate', 'Harbor', 'Iron Peak', 'Jade', 'Keystone', 'Lotus', 'Maple', 'Northwind', 'Orion', 'Pioneer', 'Quartz', 'Redwood', 'Silverline', 'Tianhe', 'Unity', 'Vertex', 'Westlake', 'Yangtze', 'Zenith'];
const NAME_B = ['Precision', 'Logistics', 'Foods', 'Medical', 'Robotics', 'Textiles', 'Energy', 'Software', 'Packaging', 'Instruments', 'Chemicals', 'Furniture'];
const LEGAL = ['Co., Ltd.', 'Ltd', 'GmbH', 'Inc.', 'LLC', 'S.A.', 'B.V.', 'Trading Co.'];
const FIRST = ['Anna', 'Ben', 'Chloe', 'David', 'Elena', 'Feng', 'Grace', 'Hiro', 'Ivan', 'Jia', 'Kai', 'Laura', 'Ming', 'Nina', 'Omar', 'Pei'];
const LAST = ['Schmidt', 'Liu', 'Garcia', 'Tanaka', 'Huang', 'Brown', 'Dubois', 'Xu', 'Kowalski', 'Sun', 'Silva', 'Zhao'];
const TITLES = ['Purchasing Manager', 'CEO', 'CTO', 'Head of Operations', 'Procurement Lead', 'Finance Director', 'Plant Engineer'];
// Every third customer is a Chinese company, named as Chinese companies are registered: city, trade name, line of business, legal form.
const CITY_ZH = ['上海', '北京', '深圳', '杭州', '苏州', '广州', '南京', '成都'];
const NAME_A_ZH = ['长江', '华东', '天和', '金桥', '恒通', '瑞丰', '海纳', '鼎盛', '新锐', '远航', '博远', '嘉禾', '宏达', '润泽', '正泰'];
const NAME_B_ZH = ['精密机械', '物流', '食品', '医疗器械', '机器人', '纺织', '新能源', '软件', '包装', '仪器仪表', '化工', '家具'];
const LEGAL_ZH = ['有限公司', '股份有限公司', '科技有限公司', '贸易有限公司'];
const SURNAME_ZH = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'];
const GIVEN_ZH = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '艳', '杰', '涛', '明', '超', '霞'];
const TITLES_ZH = ['采购经理', '总经理', '技术总监', '运营主管', '采购负责人', '财务总监', '工厂工程师'];

export function generateDemoCustomers(count = 300): DemoCustomer[] {
  const r = prng(20261122);
  const reps = DEMO_USERS.filter((u) => u.role === 'REP');
  const customers: DemoCustomer[] = [];
  for (let i = 0; i < count; i++) {
    // Every (A, B) pair is distinct for i < 300; the legal form varies independently.
    const base = `${NAME_A[i % NAME_A.length]} ${NAME_B[Math.floor(i / NAME_A.length) % NAME_B.length]}`;
    const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const chinese = i % 3 === 1;
    const baseZh = `${CITY_ZH[i % CITY_ZH.length]}${NAME_A_ZH[i % NAME_A_ZH.length]}${NAME_B_ZH[Math.floor(i / NAME_A_ZH.length) % NAME_B_ZH.length]}`;
    const creator = reps[i % reps.length];
    const inPool = i % 5 === 4; // one in five has been recycled to the pool
    const createdDaysAgo = 5 + r.int(200);
    const hasDomain = r.next() < 0.8;
    customers.push({
      // The same draws either way, so the rest of the data does not depend on the language.
      companyName: chinese ? `${baseZh}${LEGAL_ZH[r.int(LEGAL.length) % LEGAL_ZH.length]}` : `${base} ${r.pick(LEGAL)}`,
      website: hasDomain ? `https://www.${slug}.com` : null,
      email: hasDomain ? `info@${slug}.com` : null,
      phone: `+86 21 ${String(6100_0000 + i * 37).replace(/(\d{4})(\d{4})/, '$1 $2')}`,
      industry: r.pick(INDUSTRIES),
      region: r.pick(DEMO_REGIONS),
      source: r.pick(SOURCES),
      tags: [...new Set([r.pick(TAGS), ...(r.next() < 0.4 ? [r.pick(TAGS)] : [])])],
      tierCode: r.next() < 0.15 ? 'A' : r.next() < 0.5 ? 'B' : 'C',
      status: inPool ? 'FOLLOWING_UP' : r.pick(STATUSES),
      ownerKey: inPool ? null : creator.key,
      creatorKey: creator.key,
      ...ownership(inPool, createdDaysAgo, r.int(29)),
      contacts: Array.from({ length: 1 + r.int(3) }, () => {
        const first = r.pick(FIRST);
        const last = r.pick(LAST);
        const title = r.pick(TITLES);
        return {
          name: chinese ? `${SURNAME_ZH[LAST.indexOf(last) % SURNAME_ZH.length]}${GIVEN_ZH[FIRST.indexOf(first) % GIVEN_ZH.length]}` : `${first} ${last}`,
          title: chinese ? TITLES_ZH[TITLES.indexOf(title)] : title,
          phones: [`+86 138 ${String(1000_0000 + r.int(8999_9999)).replace(/(\d{4})(\d{4})/, '$1 $2')}`],
          emails: hasDomain ? [`${first}.${last}@${slug}.com`.toLowerCase()] : [],
          birthday: r.next() < 0.5 ? `19${60 + r.int(40)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}` : null,
        };
      }),
    });
  }
  return customers;
}

/**
 * When a demo customer was entered and since when its owner has it. Owned ones are within the
 * 30-day protection, so a first start does not recycle the demo away (some end within days), and
 * their owner entered them then: "Owned since" and the trail's "Created" tell the same story.
 * Pool customers were entered months ago.
 */
function ownership(inPool: boolean, createdDaysAgo: number, ownedDaysAgo: number) {
  const owned = Math.min(createdDaysAgo, ownedDaysAgo);
  return { createdDaysAgo: inPool ? createdDaysAgo : owned, ownedDaysAgo: owned };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
