import ExcelJS from 'exceljs';
import type { ImportField } from '@berth/domain';

/** The template's columns, headed as `guessColumns` recognises them, with one example card. */
const COLUMNS: { field: ImportField; en: string; zh: string; example: { en: string; zh: string }; width: number }[] = [
  { field: 'companyName', en: 'Company name', zh: '公司名称', example: { en: 'Harbor Textiles Ltd', zh: '上海华泰纺织有限公司' }, width: 30 },
  { field: 'contactName', en: 'Contact', zh: '联系人', example: { en: 'Ann Lee', zh: '王芳' }, width: 16 },
  { field: 'contactTitle', en: 'Title', zh: '职位', example: { en: 'Purchasing manager', zh: '采购经理' }, width: 18 },
  { field: 'contactMobile', en: 'Mobile', zh: '手机', example: { en: '+1 415 555 0101', zh: '138 0013 8000' }, width: 18 },
  { field: 'phone', en: 'Phone', zh: '电话', example: { en: '+1 415 555 0100', zh: '021 6666 0101' }, width: 18 },
  { field: 'email', en: 'Email', zh: '邮箱', example: { en: 'info@harbortextiles.com', zh: 'info@huatai.cn' }, width: 26 },
  { field: 'website', en: 'Website', zh: '网址', example: { en: 'harbortextiles.com', zh: 'huatai.cn' }, width: 22 },
  { field: 'industry', en: 'Industry', zh: '行业', example: { en: 'Textiles', zh: '纺织' }, width: 14 },
  { field: 'region', en: 'Region', zh: '地区', example: { en: '', zh: '' }, width: 14 },
  { field: 'source', en: 'Source', zh: '来源', example: { en: 'Trade show', zh: '展会' }, width: 14 },
  { field: 'tags', en: 'Tags', zh: '标签', example: { en: 'booth A-12, samples', zh: '展位A-12，样品' }, width: 22 },
];

/** An .xlsx template for card files, in English or Chinese: the headers an upload maps by itself, and one example row. */
export async function importTemplate(language: 'en' | 'zh'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(language === 'zh' ? '名片' : 'Cards');
  sheet.columns = COLUMNS.map((c) => ({ header: c[language], key: c.field, width: c.width }));
  sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.field, c.example[language] || null])));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
