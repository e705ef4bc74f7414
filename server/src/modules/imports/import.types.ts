import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ImportClassCounts, ImportField, ImportOutcome, ImportOutcomeReason, ImportRowClass, ImportStatus, ImportUndoResult } from '@berth/domain';
import { ImportFieldEnum, ImportOutcomeEnum, ImportOutcomeReasonEnum, ImportRowClassEnum, ImportStatusEnum, ImportUndoResultEnum } from '../../graphql/enums';
import { DuplicateMatchType } from '../duplicates/duplicate.types';
import { ImportChoicesType, ImportDestinationType, ImportOutcomeCountsType, ImportPaceType, ImportUndoCountsType } from './import-commit.types';

@ObjectType('ImportClassCounts', { description: 'Rows per pre-check class.' })
export class ImportClassCountsType implements ImportClassCounts {
  @Field(() => Int, { description: 'No customer like it in Berth.' })
  NEW: number;

  @Field(() => Int, { description: 'The same company as an earlier row of the file.' })
  DUPLICATE_IN_FILE: number;

  @Field(() => Int, { description: 'Berth has it, in the public pool.' })
  MATCHES_POOL: number;

  @Field(() => Int, { description: 'Berth has it, and someone owns it.' })
  MATCHES_OWNED: number;

  @Field(() => Int, { description: 'A field is wrong (see the row\'s problems).' })
  INVALID: number;
}

@ObjectType('ImportProblemParam')
export class ImportProblemParamType {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('ImportProblem', { description: "What is wrong with one field of a row, named by the import's field." })
export class ImportProblemType {
  @Field({ description: 'The field (ImportField names), or "mapping".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The rule that failed, to word it in the reader\'s language.' })
  rule: string | null;

  @Field(() => [ImportProblemParamType])
  params: ImportProblemParamType[];

  @Field({ description: 'In English, as a predicate ("is not a valid email address").' })
  message: string;
}

@ObjectType('ImportRow', { description: 'One row of an import\'s file and what the pre-check made of it.' })
export class ImportRowType {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it (the header is row 1).' })
  rowNumber: number;

  @Field(() => [String], { nullable: 'items' })
  cells: (string | null)[];

  @Field(() => ImportRowClassEnum)
  class: ImportRowClass;

  @Field(() => [ImportProblemType])
  problems: ImportProblemType[];

  @Field(() => Int, { nullable: true, description: 'DUPLICATE_IN_FILE: the first row of the same company.' })
  earlierRow: number | null;

  @Field(() => DuplicateMatchType, { nullable: true, description: 'MATCHES_POOL or MATCHES_OWNED: the customer Berth has, as a clash shows it to the uploader.' })
  match: DuplicateMatchType | null;

  @Field(() => ImportOutcomeEnum, { nullable: true, description: 'What the import made of the row; null until it is written.' })
  outcome: ImportOutcome | null;

  @Field(() => ImportOutcomeReasonEnum, { nullable: true, description: 'Why, when the row was skipped, failed or cancelled.' })
  outcomeReason: ImportOutcomeReason | null;

  @Field(() => ID, { nullable: true, description: 'The customer the row created, filled or added its contact to.' })
  customerId: number | null;

  @Field(() => ImportUndoResultEnum, { nullable: true, description: 'After an undo: REMOVED, or why the customer the row created was kept.' })
  undo: ImportUndoResult | null;
}

@InputType('StartImportInput')
export class StartImportInput {
  @Field(() => ID)
  id: string;

  @Field(() => [ImportFieldEnum], { nullable: 'items', description: 'Which field each column fills, in column order; null skips a column. One column must be the company name.' })
  mapping: (ImportField | null)[];

  @Field(() => String, { nullable: true, description: 'The trade show or other origin (at most 40 characters, as a tag): each imported customer\'s source, and a tag.' })
  source?: string | null;
}

@ObjectType('ImportJob', { description: 'One import of a card file (upload it to POST /api/imports as multipart form data, part "file").' })
export class ImportJobType {
  @Field(() => ID)
  id: number;

  @Field({ description: 'The uploaded file name.' })
  fileName: string;

  @Field({ description: 'XLSX or CSV, as read from the bytes.' })
  fileKind: string;

  @Field(() => ImportStatusEnum)
  status: ImportStatus;

  @Field(() => [String], { description: "The header row's cells, as written." })
  headers: string[];

  @Field(() => [ImportFieldEnum], { nullable: 'items', description: 'Which field each column fills (null: not imported); guessed from the headers and what you mapped before.' })
  mapping: (ImportField | null)[];

  @Field(() => [[String]], { nullable: 'itemsAndList', description: 'The first rows under the header, to map the columns by.' })
  sampleRows: (string | null)[][];

  @Field(() => Int, { description: 'Rows under the header, blank ones not counted.' })
  totalRows: number;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => Int, { description: 'Rows the pre-check has classified so far.' })
  checkedRows: number;

  @Field(() => ImportClassCountsType)
  classCounts: ImportClassCountsType;

  @Field(() => Date, { nullable: true })
  checkedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'FAILED: the error code that stopped it (e.g. FILE_UNREADABLE).' })
  errorCode: string | null;

  @Field(() => ImportChoicesType, { nullable: true, description: 'What was chosen per class of row, once the write started.' })
  choices: ImportChoicesType | null;

  @Field(() => ImportDestinationType, { nullable: true, description: 'Where the new customers go, once the write started.' })
  destination: ImportDestinationType | null;

  @Field(() => Date, { nullable: true, description: 'When the write started.' })
  importStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the write ended or was cancelled.' })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Rows written so far (each with its outcome).' })
  doneRows: number;

  @Field(() => ImportOutcomeCountsType)
  outcomeCounts: ImportOutcomeCountsType;

  @Field(() => ImportUndoCountsType)
  undoCounts: ImportUndoCountsType;

  @Field(() => Date, { nullable: true, description: 'When an undo finished.' })
  undoneAt: Date | null;

  createdById: number;
}

@ObjectType('ImportProgress', { description: 'Where an import stands, as its job moves on.' })
export class ImportProgressType {
  @Field(() => ID)
  id: number;

  @Field(() => ImportStatusEnum)
  status: ImportStatus;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  checkedRows: number;

  @Field(() => ImportClassCountsType)
  classCounts: ImportClassCountsType;

  @Field(() => String, { nullable: true, description: 'FAILED: the error code that stopped it.' })
  errorCode: string | null;

  @Field(() => Int)
  doneRows: number;

  @Field(() => ImportOutcomeCountsType)
  outcomeCounts: ImportOutcomeCountsType;

  @Field(() => Date, { nullable: true })
  importStartedAt: Date | null;

  @Field(() => ImportPaceType, { nullable: true, description: "While it is written: rows per second and the time left, by the server's clock when this step was heard." })
  pace: ImportPaceType | null;

  @Field(() => ImportUndoCountsType)
  undoCounts: ImportUndoCountsType;
}
