import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DuplicateAction, DuplicateDemotion, DuplicateDimension, DuplicateVerdict, MatchMethod } from '@berth/domain';
import { CustomerAliasType } from '../customers/customer-alias.types';
import { DuplicateActionEnum, DuplicateDemotionEnum, DuplicateDimensionEnum, DuplicateVerdictEnum, MatchMethodEnum } from '../../graphql/enums';

@ObjectType('WordPair', { description: 'A distinctive word of one name and the word of the other within one edit of it.' })
export class WordPairType {
  @Field({ simple: true })
  input: string;

  @Field({ simple: true })
  existing: string;
}

@ObjectType('MatchEvidence', { description: 'One reason two customers look alike: both normalised values, the method and the score (1 = exact).' })
export class MatchEvidenceType {
  @Field(() => DuplicateDimensionEnum, { simple: true })
  dimension: DuplicateDimension;

  @Field(() => MatchMethodEnum, { simple: true })
  method: MatchMethod;

  @Field({ simple: true })
  inputValue: string;

  @Field({ simple: true })
  existingValue: string;

  @Field(() => Float, { simple: true })
  score: number;

  @Field(() => DuplicateActionEnum, { simple: true, description: 'What the rules do with this evidence.' })
  action: DuplicateAction;

  @Field(() => DuplicateDemotionEnum, { nullable: true, simple: true, description: 'Set when the rule blocks but other facts disagree, so this evidence only warns.' })
  demotedBecause?: DuplicateDemotion | null;

  @Field(() => Int, { nullable: true, simple: true, description: 'For SHARED_KEY: how many existing customers hold this value.' })
  sharedBy?: number | null;

  @Field(() => CustomerAliasType, { nullable: true, simple: true, description: "The existing customer's alias that matched; null when the match is on its own name." })
  existingAlias?: CustomerAliasType | null;

  @Field(() => [WordPairType], {
    nullable: true,
    simple: true,
    description: 'For a similar name: every distinctive word of the shorter name paired with a word of the other within one edit ("harbour" and "harbor"); null when they do not all pair.',
  })
  pairedWords?: WordPairType[] | null;
}

@ObjectType('ClashOwner', { description: "A person named in a clash: name and department, nothing else." })
export class ClashOwnerType {
  @Field({ simple: true })
  name: string;

  @Field(() => String, { nullable: true, simple: true })
  departmentName: string | null;
}

@ObjectType('ClashCustomer', { description: 'What a clash may reveal of a customer: its name, its owner, how long it stays protected.' })
export class ClashCustomerType {
  @Field(() => ID, { nullable: true, simple: true, description: 'Set only when the viewer may open this customer (theirs, their team\'s, or in the pool).' })
  id: number | null;

  @Field({ simple: true })
  companyName: string;

  @Field(() => ClashOwnerType, { nullable: true, description: 'null = in the public pool.' })
  owner: ClashOwnerType | null;

  @Field({ simple: true })
  inPool: boolean;

  @Field(() => Date, { nullable: true, simple: true })
  protectedUntil: Date | null;
}

@ObjectType('DuplicateMatch')
export class DuplicateMatchType {
  @Field(() => ClashCustomerType)
  customer: ClashCustomerType;

  @Field(() => DuplicateVerdictEnum, { simple: true })
  verdict: DuplicateVerdict;

  @Field(() => [MatchEvidenceType])
  evidence: MatchEvidenceType[];
}

@ObjectType('DuplicateCheckResult')
export class DuplicateCheckResultType {
  @Field(() => DuplicateVerdictEnum, { simple: true })
  verdict: DuplicateVerdict;

  @Field(() => [DuplicateMatchType], { description: 'Strongest first; at most 10.' })
  matches: DuplicateMatchType[];
}

@InputType('DuplicateCheckContactInput')
export class DuplicateCheckContactInput {
  @Field(() => [String], { nullable: true })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true })
  emails?: string[] | null;
}

@InputType('DuplicateCheckInput')
export class DuplicateCheckInput {
  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: "The customer's other names (at most 20), each checked like its name." })
  aliases?: string[] | null;

  @Field(() => [DuplicateCheckContactInput], { nullable: true })
  contacts?: DuplicateCheckContactInput[] | null;

  @Field(() => ID, { nullable: true, description: 'When editing: the customer itself is not a duplicate of itself.' })
  excludeCustomerId?: string | null;
}

// One class per shape, read and written: the rule a client reads is the rule it sends back.
@ObjectType('DuplicateRule')
@InputType('DuplicateRuleInput')
export class DuplicateRuleType {
  @Field(() => DuplicateDimensionEnum)
  dimension: DuplicateDimension;

  @Field(() => MatchMethodEnum)
  method: MatchMethod;

  @Field()
  enabled: boolean;

  @Field(() => DuplicateActionEnum)
  action: DuplicateAction;
}

@ObjectType('DuplicateRules')
@InputType('DuplicateRulesInput')
export class DuplicateRulesType {
  @Field(() => [DuplicateRuleType])
  rules: DuplicateRuleType[];

  @Field(() => Float)
  similarNameThreshold: number;
}
