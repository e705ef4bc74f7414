import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

/** What ExcelJS's streaming reader does with each part of a workbook (its own methods, not in its typings). */
interface ReaderParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(rows: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * ExcelJS's streaming workbook reader, fed from the zip's central directory instead of one pass
 * over its entries in stored order. That pass pauses the unzip stream between entries, and entries
 * it has not delivered yet are dropped when the reader is slow to take them (exceljs#3064): a valid
 * workbook was refused as damaged (FILE_ENDED) when the server was busy. Here each part is read
 * from the uploaded bytes on its own, in the order a sheet needs them — relationships, workbook,
 * shared strings, styles — and then each sheet, in the workbook's tab order, still streamed row by row.
 */
export class CentralDirectoryWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(
    private readonly bytes: Buffer,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
  ) {
    super(Readable.from([]), options);
  }

  override async *parse(): AsyncGenerator<unknown> {
    const reader = this as unknown as ReaderParts;
    const { files } = await unzipper.Open.buffer(this.bytes);
    const part = (path: string) => files.find((f) => f.path === path);
    const read = (path: string) => streamOf(part(path)!);
    if (part('xl/_rels/workbook.xml.rels')) await reader._parseRels(read('xl/_rels/workbook.xml.rels'));
    if (part('xl/workbook.xml')) await reader._parseWorkbook(read('xl/workbook.xml'));
    if (part('xl/sharedStrings.xml')) yield* reader._parseSharedStrings(read('xl/sharedStrings.xml'));
    if (part('xl/styles.xml')) await reader._parseStyles(read('xl/styles.xml'));
    for (const sheetNo of sheetsInTabOrder(files.map((f) => f.path), reader)) {
      yield* reader._parseWorksheet(read(`xl/worksheets/sheet${sheetNo}.xml`), sheetNo);
    }
  }
}

/** A part's inflated bytes as a stream Node can iterate (unzipper's own streams predate async iteration). */
function streamOf(file: unzipper.File): Readable {
  return file.stream().pipe(new PassThrough());
}

/** The worksheets' numbers (xl/worksheets/sheetN.xml) as the workbook orders its tabs; any it does not list after them, by number. */
function sheetsInTabOrder(paths: readonly string[], reader: ReaderParts): string[] {
  const present = paths.flatMap((p) => WORKSHEET.exec(p)?.[1] ?? []).sort((a, b) => Number(a) - Number(b));
  const targets = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, rel.Target.replace(/^\/?(xl\/)?/, '')]));
  const listed = (reader.model?.sheets ?? []).flatMap((s) => /^worksheets\/sheet(\d+)\.xml$/.exec(targets.get(s.rId) ?? '')?.[1] ?? []);
  const ordered = listed.filter((n) => present.includes(n));
  return [...ordered, ...present.filter((n) => !ordered.includes(n))];
}
