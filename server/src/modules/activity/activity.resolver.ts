import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { actionOfOwnershipEvent, type ActivityAction } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { UserType } from '../org/org.types';
import { CustomerType } from '../customers/customer.types';
import { ActivityItemType, ActivitySummaryType } from './activity.types';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** A customer's activity log and its summary; the customer has passed the visibility scope. */
@Resolver(() => CustomerType)
export class ActivityResolver {
  @FieldResolver(() => [ActivityItemType], { description: 'Every change, newest first: record fields, contacts, follow-ups, collaborators and owners.' })
  async activity(@Root() c: CustomerType, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: AppContext): Promise<Omit<ActivityItemType, 'actor' | 'fromUser' | 'toUser' | 'subjectUser'>[]> {
    const rows = await ctx.services.activity.latest(c.id, first);
    return rows.map((r) => ({
      occurredAt: r.occurredAt,
      actorId: r.actorId,
      action: (r.action ?? actionOfOwnershipEvent(r.eventKind!, r.reasonKind)) as ActivityAction,
      subject: r.subject,
      subjectId: r.subjectId,
      field: r.field,
      before: json(r.before),
      after: json(r.after),
      fromUserId: r.fromUserId,
      toUserId: r.toUserId,
    }));
  }

  @FieldResolver(() => ActivitySummaryType)
  activitySummary(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.services.activity.summary(c.id);
  }
}

@Resolver(() => ActivityItemType)
export class ActivityItemResolver {
  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() item: ActivityItemType, @Ctx() ctx: AppContext) {
    return item.actorId ? ctx.loaders.user.load(item.actorId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  subjectUser(@Root() item: ActivityItemType, @Ctx() ctx: AppContext) {
    return item.subject === 'COLLABORATOR' && item.subjectId ? ctx.loaders.user.load(Number(item.subjectId)) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  fromUser(@Root() item: ActivityItemType, @Ctx() ctx: AppContext) {
    return item.fromUserId ? ctx.loaders.user.load(item.fromUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  toUser(@Root() item: ActivityItemType, @Ctx() ctx: AppContext) {
    return item.toUserId ? ctx.loaders.user.load(item.toUserId) : null;
  }
}
