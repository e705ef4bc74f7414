/**
 * Words that say where a company is or what trade it is in, but not which company it is.
 * Company names follow one pattern in every language: [place][brand][industry][legal form]
 * ("Guangzhou Xinkang Software Co., Ltd.", "上海鑫康科技有限公司", "Acme Logistics GmbH"); Chinese
 * registration rules prescribe it. The legal form is already gone from a name key; these lists
 * let distinctive-name.ts drop the place and the industry as well, leaving the brand.
 *
 * Dropping a word here never makes two companies match: the full key still decides the score.
 * It only decides which customers are looked at first, so a word belongs here when many
 * unrelated companies share it. Entries go through the same text pipeline as names (accents,
 * case, "&"), so write them as people do. Latin-script entries are whole words or phrases;
 * Chinese and Japanese entries are cut from the start (places) or the end (places and
 * industries) of a run of characters, longest first. Abbreviations that are also ordinary
 * words ("US", "IT") stay out: "Toys R Us" and "It Takes a Village" are not generic.
 */
export const GENERIC_PLACES: Readonly<Record<string, readonly string[]>> = {
  scope: [
    'International', 'Internacional', 'Internationaal', 'Internazionale', 'Internationale', 'Intl',
    'Global', 'Worldwide', 'World', 'National', 'Nacional', 'Nazionale',
  ],
  regions: [
    'Asia', 'Asian', 'Asia Pacific', 'Asia-Pacific', 'APAC', 'Pacific', 'Atlantic', 'Europe', 'European',
    'Europa', 'Europäische', 'Européenne', 'Europea', 'EMEA', 'America', 'Americas', 'American',
    'North America', 'South America', 'Latin America', 'Latinoamérica', 'Africa', 'African',
    'Middle East', 'Oceania', 'Nordic', 'Scandinavia', 'Benelux', 'Orient', 'Oriental',
  ],
  countries: [
    'China', 'Chinese', 'PRC', 'Hong Kong', 'Hongkong', 'HK', 'Macau', 'Macao', 'Taiwan', 'Japan', 'Nippon',
    'Korea', 'Singapore', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines', 'India', 'Pakistan',
    'Bangladesh', 'Australia', 'New Zealand', 'USA', 'United States', 'United States of America',
    'Canada', 'Mexico', 'México', 'Brazil', 'Brasil', 'Argentina', 'Chile', 'Colombia', 'Peru', 'UK',
    'United Kingdom', 'Great Britain', 'Britain', 'British', 'England', 'Scotland', 'Wales', 'Ireland',
    'Germany', 'Deutschland', 'France', 'Spain', 'España', 'Portugal', 'Italy', 'Italia', 'Netherlands',
    'Nederland', 'Holland', 'Belgium', 'Belgique', 'België', 'Luxembourg', 'Switzerland', 'Schweiz',
    'Suisse', 'Austria', 'Österreich', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Poland', 'Czech',
    'Hungary', 'Romania', 'Greece', 'Turkey', 'Türkiye', 'Russia', 'Ukraine', 'Israel', 'UAE',
    'United Arab Emirates', 'Saudi Arabia', 'Qatar', 'Egypt', 'Nigeria', 'Kenya', 'South Africa',
  ],
  worldCities: [
    'New York', 'NYC', 'Los Angeles', 'Chicago', 'San Francisco', 'Boston', 'Seattle', 'Houston', 'Dallas',
    'Atlanta', 'Miami', 'Philadelphia', 'Detroit', 'Denver', 'San Diego', 'Silicon Valley',
    'Toronto', 'Vancouver', 'Montreal', 'Mexico City', 'São Paulo', 'Rio de Janeiro', 'Buenos Aires',
    'London', 'Manchester', 'Paris', 'Lyon', 'Marseille', 'Berlin', 'Munich', 'München', 'Frankfurt',
    'Hamburg', 'Cologne', 'Köln', 'Düsseldorf', 'Stuttgart', 'Vienna', 'Wien', 'Zurich', 'Zürich', 'Geneva',
    'Genève', 'Amsterdam', 'Rotterdam', 'Brussels', 'Bruxelles', 'Brussel', 'Madrid', 'Barcelona', 'Lisbon',
    'Lisboa', 'Rome', 'Roma', 'Milan', 'Milano', 'Turin', 'Torino', 'Dublin', 'Stockholm', 'Oslo',
    'Copenhagen', 'Helsinki', 'Warsaw', 'Prague', 'Moscow', 'Istanbul', 'Dubai', 'Abu Dhabi', 'Tel Aviv',
    'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Chennai', 'Hyderabad', 'Sydney',
    'Melbourne', 'Auckland', 'Seoul', 'Busan', 'Taipei', 'Tokyo', 'Osaka', 'Kyoto', 'Nagoya', 'Yokohama',
    'Kobe', 'Bangkok', 'Jakarta', 'Manila', 'Kuala Lumpur', 'Hanoi', 'Ho Chi Minh', 'Cairo',
    'Johannesburg', 'Lagos', 'Nairobi',
  ],
  usStates: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
    'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
    'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
    'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
    'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
    'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
    'Wisconsin', 'Wyoming',
  ],
  chinaPinyin: [
    'Beijing', 'Shanghai', 'Tianjin', 'Chongqing', 'Guangdong', 'Guangzhou', 'Shenzhen', 'Dongguan',
    'Foshan', 'Zhuhai', 'Zhongshan', 'Huizhou', 'Shantou', 'Zhejiang', 'Hangzhou', 'Ningbo', 'Wenzhou',
    'Yiwu', 'Jiangsu', 'Nanjing', 'Suzhou', 'Wuxi', 'Changzhou', 'Fujian', 'Fuzhou', 'Xiamen', 'Quanzhou',
    'Shandong', 'Jinan', 'Qingdao', 'Yantai', 'Hebei', 'Shijiazhuang', 'Henan', 'Zhengzhou', 'Hubei',
    'Wuhan', 'Hunan', 'Changsha', 'Sichuan', 'Chengdu', 'Shaanxi', "Xi'an", 'Shanxi', 'Taiyuan',
    'Liaoning', 'Shenyang', 'Dalian', 'Jilin', 'Changchun', 'Heilongjiang', 'Harbin', 'Anhui', 'Hefei',
    'Jiangxi', 'Nanchang', 'Guangxi', 'Nanning', 'Yunnan', 'Kunming', 'Guizhou', 'Guiyang', 'Hainan',
    'Haikou', 'Sanya', 'Gansu', 'Lanzhou', 'Qinghai', 'Ningxia', 'Xinjiang', 'Urumqi', 'Tibet', 'Xizang',
    'Inner Mongolia', 'Neimenggu', 'Kowloon',
  ],
  /** Provinces and cities also appear with 省 or 市 (上海市, 广东省); distinctive-name.ts adds both. */
  chineseCharacters: [
    '中国', '中國', '北京', '天津', '上海', '重庆', '重慶', '河北', '山西', '辽宁', '遼寧', '吉林', '黑龙江',
    '黑龍江', '江苏', '江蘇', '浙江', '安徽', '福建', '江西', '山东', '山東', '河南', '湖北', '湖南', '广东',
    '廣東', '海南', '四川', '贵州', '貴州', '云南', '雲南', '陕西', '陝西', '甘肃', '甘肅', '青海', '台湾',
    '台灣', '臺灣', '内蒙古', '內蒙古', '广西', '廣西', '西藏', '宁夏', '寧夏', '新疆', '香港', '澳门', '澳門',
    '广西壮族自治区', '内蒙古自治区', '新疆维吾尔自治区', '西藏自治区', '宁夏回族自治区', '香港特别行政区',
    '广州', '廣州', '深圳', '东莞', '東莞', '佛山', '珠海', '中山', '惠州', '汕头', '杭州', '宁波', '寧波',
    '温州', '溫州', '义乌', '義烏', '南京', '苏州', '蘇州', '无锡', '無錫', '常州', '福州', '厦门', '廈門',
    '泉州', '济南', '濟南', '青岛', '青島', '烟台', '石家庄', '郑州', '鄭州', '武汉', '武漢', '长沙', '長沙',
    '成都', '西安', '太原', '沈阳', '瀋陽', '大连', '大連', '长春', '長春', '哈尔滨', '合肥', '南昌', '南宁',
    '昆明', '贵阳', '海口', '三亚', '兰州', '乌鲁木齐', '呼和浩特', '台北', '臺北', '高雄',
  ],
  japanese: [
    '日本', '東京', '東京都', '大阪', '大阪府', '京都', '京都府', '名古屋', '横浜', '神戸', '福岡', '札幌',
    '仙台', '広島', '北海道', '沖縄', '千葉', '埼玉', '神奈川', '愛知', '兵庫', 'ジャパン', 'アジア',
  ],
};

/** Chinese provinces and cities are written with or without these (上海 = 上海市, 广东 = 广东省). */
export const CHINESE_PLACE_SUFFIXES: readonly string[] = ['省', '市'];

export const GENERIC_INDUSTRIES: Readonly<Record<string, readonly string[]>> = {
  english: [
    'Technology', 'Technologies', 'Tech', 'Trading', 'Trade', 'Traders', 'Electronics', 'Electronic',
    'Logistics', 'Software', 'Systems', 'System', 'Solutions', 'Services', 'Service', 'Consulting',
    'Consultants', 'Manufacturing', 'Mfg', 'Industries', 'Industry', 'Industrial', 'Machinery', 'Foods',
    'Food', 'Pharmaceutical', 'Pharmaceuticals', 'Pharma', 'Chemical', 'Chemicals', 'Engineering',
    'Holdings', 'Holding', 'Enterprises', 'Enterprise', 'Group', 'Communications', 'Telecommunications',
    'Telecom', 'Networks', 'Network', 'Media', 'Energy', 'Investment', 'Investments', 'Development',
    'Management', 'Import', 'Export', 'Import Export', 'Import and Export', 'Products', 'Supply', 'Supplies',
    'Equipment', 'Materials', 'Construction', 'Properties', 'Real Estate', 'Financial', 'Finance',
    'Insurance', 'Bank', 'Medical', 'Healthcare', 'Biotech', 'Biotechnology', 'Motors', 'Automotive',
    'Textiles', 'Textile', 'Apparel', 'Electric', 'Electrical', 'Information Technology',
  ],
  // Restaurants and hotels: chains and namesakes everywhere ("Steak House", "Golden Dragon Restaurant").
  hospitality: [
    'Restaurant', 'Restaurants', 'Steak House', 'Steakhouse', 'Bistro', 'Brasserie', 'Cafe', 'Café',
    'Coffee House', 'Coffee Shop', 'Grill', 'Bar and Grill', 'Tavern', 'Diner', 'Pizzeria', 'Bakery',
    'Deli', 'Delicatessen', 'Trattoria', 'Osteria', 'Ristorante', 'Taqueria', 'Cantina',
    'Noodle House', 'Tea House', 'Hotel', 'Hotels', 'Motel', 'Inn', 'Hostel',
    '餐厅', '餐廳', '饭店', '飯店', '酒店', '酒楼', '酒樓', '餐饮', '餐飲', '茶餐厅', '茶餐廳', '咖啡馆', '咖啡館',
  ],
  german: [
    'Technologie', 'Technologien', 'Technik', 'Handel', 'Handelsgesellschaft', 'Elektronik', 'Logistik',
    'Systeme', 'Dienstleistungen', 'Beratung', 'Maschinenbau', 'Industrie', 'Chemie', 'Lebensmittel',
    'Gruppe', 'Versicherung', 'Immobilien', 'Bau', 'Medizintechnik',
  ],
  french: [
    'Technologies', 'Technologie', 'Commerce', 'Électronique', 'Logistique', 'Logiciels', 'Systèmes',
    'Services', 'Conseil', 'Industrie', 'Industries', 'Industriel', 'Industrielle', 'Chimie', 'Pharmaceutique',
    'Alimentaire', 'Ingénierie', 'Groupe', 'Assurances', 'Immobilier', 'Banque',
  ],
  spanish: [
    'Tecnología', 'Tecnologías', 'Comercial', 'Comercio', 'Electrónica', 'Logística', 'Sistemas',
    'Soluciones', 'Servicios', 'Consultoría', 'Industrias', 'Industrial', 'Química', 'Farmacéutica',
    'Alimentos', 'Ingeniería', 'Grupo', 'Seguros', 'Inmobiliaria', 'Construcciones', 'Banco',
  ],
  dutch: [
    'Techniek', 'Technologie', 'Handel', 'Handelsonderneming', 'Elektronica', 'Logistiek', 'Diensten',
    'Dienstverlening', 'Advies', 'Industrie', 'Chemie', 'Voeding', 'Groep', 'Verzekeringen', 'Bouw',
  ],
  italian: [
    'Tecnologie', 'Tecnologia', 'Commercio', 'Commerciale', 'Elettronica', 'Logistica', 'Sistemi',
    'Soluzioni', 'Servizi', 'Consulenza', 'Industrie', 'Industriale', 'Chimica', 'Farmaceutica',
    'Alimentari', 'Ingegneria', 'Gruppo', 'Assicurazioni', 'Costruzioni', 'Banca',
  ],
  chinese: [
    '科技', '技术', '技術', '信息技术', '資訊科技', '信息科技', '网络科技', '網絡科技', '網路科技', '电子科技',
    '電子科技', '生物科技', '智能科技', '贸易', '貿易', '国际贸易', '國際貿易', '商贸', '商貿', '进出口',
    '進出口', '电子', '電子', '电子商务', '電子商務', '物流', '供应链', '供應鏈', '软件', '軟件', '軟體',
    '实业', '實業', '医药', '醫藥', '药业', '藥業', '制药', '製藥', '化工', '机械', '機械', '设备', '設備',
    '食品', '工程', '咨询', '諮詢', '服务', '服務', '管理', '投资', '投資', '发展', '發展', '国际', '國際',
    '控股', '网络', '網絡', '網路', '通信', '通讯', '通訊', '传媒', '傳媒', '建设', '建設', '建筑', '建築',
    '房地产', '房地產', '置业', '置業', '能源', '新能源', '环保', '環保', '材料', '新材料', '汽车', '汽車',
    '电器', '電器', '电气', '電氣', '纺织', '紡織', '服装', '服裝', '制造', '製造', '保险', '保險', '银行',
    '銀行', '证券', '證券', '金融', '工业', '工業', '产业', '產業', '集团',
  ],
  japanese: [
    '商事', '物産', '工業', '産業', '興業', '電機', '電気', '電子', '化学', '製薬', '薬品', '食品', '建設',
    '技研', '技術', '物流', '運輸', '自動車', '重工', '重工業', '精機', '製作所', '通信', '商会', '商店',
    'ホールディングス', 'グループ', 'システム', 'システムズ', 'ソフトウェア', 'ソリューションズ', 'サービス',
    'テクノロジー', 'テクノロジーズ', 'インターナショナル', 'エンジニアリング', 'コンサルティング',
    'トレーディング', 'ロジスティクス', 'エレクトロニクス',
  ],
};

/**
 * Small words that only join others ("Acme Trading and Logistics", "Bank of China"). They are
 * dropped when a neighbouring word was dropped as generic, and kept otherwise ("Procter and
 * Gamble", "De Beers").
 */
export const NAME_CONNECTIVES: readonly string[] = [
  'and', 'of', 'for', 'the', 'und', 'fur', 'et', 'de', 'des', 'du', 'la', 'le', 'les', 'y', 'del', 'en',
  'van', 'voor', 'e', 'di', 'della', 'per',
];

/**
 * Words that name a branch rather than a company, for qualifiers such as "Acme (Beijing Branch)"
 * or "Hilton - Airport": with the places above, they make a trailing qualifier that is cut off
 * (name-qualifiers.ts). Chinese writes 分店/分行/总店/总部 for a shop's or bank's branch and head office.
 */
export const BRANCH_WORDS: readonly string[] = [
  'Branch', 'Branch Office', 'Head Office', 'Headquarters', 'HQ', 'Main Office', 'Downtown', 'Airport',
  '分店', '分行', '总店', '總店', '总部', '總部',
];

/**
 * Titles a company is granted or takes, not part of what tells it apart: "Koninklijke Philips",
 * "Royal Dutch Shell", "Kungliga Tekniska". Sources: the Dutch and Belgian royal predicate
 * (Koninklijk, Royale), the British royal warrant and charter ("Royal"), the Scandinavian
 * court predicates (Kongelige, Kungliga, Kongelig), the German and Austrian court titles (Königlich,
 * Kaiserlich, k.u.k.), and "Imperial" as chartered companies used it. Like places and industries
 * they leave the distinctive name only; the full key keeps them ("Royal Bank of Canada" is not
 * the "Bank of Canada").
 */
export const GENERIC_HONORIFICS: readonly string[] = [
  'Royal', 'Royale', 'Koninklijke', 'Koninklijk', 'Kongelige', 'Kongelig',
  'Kungliga', 'Kunglig', 'Königliche', 'Königlich', 'Kaiserliche', 'Kaiserlich', 'Imperial', 'Imperiale',
];
