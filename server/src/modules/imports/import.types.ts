import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ImportField, ImportStatus } from '@berth/domain';
import { ImportFieldEnum, ImportStatusEnum } from '../../graphql/enums';

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

  createdById: number;
}
