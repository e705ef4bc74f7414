import { BerthError } from '@berth/domain';

export type CardFileKind = 'XLSX' | 'CSV';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: old .xls workbooks, and every password-protected .xlsx (Office wraps the encrypted package in one). */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office package carries, as its directory names it (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * What a file is, from its bytes rather than its name (a renamed file says nothing): a zip is a
 * workbook, text is CSV. Refused as a whole: an old binary workbook, a password-protected one, an
 * empty file, and binary content that is neither (an image, a PDF).
 */
export function cardFileKind(bytes: Buffer): CardFileKind {
  if (bytes.length === 0) throw new BerthError('FILE_HAS_NO_ROWS');
  if (bytes.subarray(0, 4).equals(ZIP)) return 'XLSX';
  if (bytes.subarray(0, 8).equals(COMPOUND_FILE)) {
    throw bytes.includes(ENCRYPTION_INFO) ? new BerthError('FILE_PASSWORD_PROTECTED') : new BerthError('FILE_TYPE_NOT_SUPPORTED');
  }
  if (looksBinary(bytes)) throw new BerthError('FILE_TYPE_NOT_SUPPORTED');
  return 'CSV';
}

/**
 * Binary, not text: NUL bytes where no UTF-16 text would have them. UTF-16 text has a NUL in
 * every other byte of ASCII, so a file that starts with a UTF-16 byte order mark is text.
 */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}
