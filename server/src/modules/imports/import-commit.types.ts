import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AssignmentStrategy, ImportChoices, ImportDestinationKind, ImportOutcomeCounts } from '@berth/domain';
import {
  AssignmentStrategyEnum,
  ImportDestinationKindEnum,
  ImportDuplicateInFileChoiceEnum,
  ImportMatchesPoolChoiceEnum,
  ImportNewRowChoiceEnum,
} from '../../graphql/enums';

@InputType('ImportChoicesInput', { description: 'What to do with each class of row; rows matching an owned customer, and invalid rows, are always skipped.' })
@ObjectType('ImportChoices')
export class ImportChoicesType implements ImportChoices {
  @Field(() => ImportNewRowChoiceEnum)
  newRows: ImportChoices['newRows'];

  @Field(() => ImportDuplicateInFileChoiceEnum)
  duplicateInFile: ImportChoices['duplicateInFile'];

  @Field(() => ImportMatchesPoolChoiceEnum)
  matchesPool: ImportChoices['matchesPool'];
}

@InputType('ImportDestinationInput', { description: 'Where the new customers go. A rep imports to themselves only (ONE_REP with their own id).' })
export class ImportDestinationInput {
  @Field(() => ImportDestinationKindEnum)
  kind: ImportDestinationKind;

  @Field(() => [ID], { defaultValue: [], description: 'ONE_REP: the rep; SPREAD: 2 to 50 reps of your team; POOL: none.' })
  userIds: string[];

  @Field(() => AssignmentStrategyEnum, { nullable: true, description: 'SPREAD: how rows are dealt out.' })
  strategy?: AssignmentStrategy | null;
}

@ObjectType('ImportDestination')
export class ImportDestinationType {
  @Field(() => ImportDestinationKindEnum)
  kind: ImportDestinationKind;

  @Field(() => [ID])
  userIds: number[];

  @Field(() => AssignmentStrategyEnum, { nullable: true })
  strategy: AssignmentStrategy | null;
}

@InputType('CommitImportInput')
export class CommitImportInput {
  @Field(() => ID)
  id: string;

  @Field(() => ImportChoicesType)
  choices: ImportChoicesType;

  @Field(() => ImportDestinationInput)
  destination: ImportDestinationInput;
}

@ObjectType('ImportOutcomeCounts', { description: 'Rows per outcome: every written row is in exactly one.' })
export class ImportOutcomeCountsType implements ImportOutcomeCounts {
  @Field(() => Int, { description: 'New customers.' })
  CREATED: number;

  @Field(() => Int, { description: "Pool customers whose blank fields were filled." })
  FILLED: number;

  @Field(() => Int, { description: 'Contacts added to the customer an earlier row became.' })
  MERGED: number;

  @Field(() => Int)
  SKIPPED: number;

  @Field(() => Int)
  FAILED: number;

  @Field(() => Int, { description: 'Rows the import never reached because it was cancelled.' })
  CANCELLED: number;
}

@ObjectType('ImportUndoCounts', { description: "An undo's created customers so far: removed, and kept because someone worked on them." })
export class ImportUndoCountsType {
  @Field(() => Int)
  removed: number;

  @Field(() => Int)
  kept: number;
}

@ObjectType('ImportPace', { description: "A write's pace by the server's clock: rows per second since it started, and the time left at that pace." })
export class ImportPaceType {
  @Field(() => Float)
  rowsPerSecond: number;

  @Field(() => Int)
  secondsLeft: number;
}
