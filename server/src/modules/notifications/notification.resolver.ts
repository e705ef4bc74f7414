import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { BerthError } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { freshLoaders, viewerFrom } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { TOPICS, type ClashAlertEvent } from '../../graphql/pubsub';
import { clashAlertView } from './clash-alert-view';
import { ClashAlertType, NotificationConnectionType, NotificationType, OwnershipNoticeType, ProtectionReminderType } from './notification.types';
import { revealFor } from '../duplicates/reveal';
import { ImportJobType } from '../imports/import.types';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnectionType, { description: "The viewer's notifications, newest first, and how many are unread." })
  async notifications(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: AppContext) {
    const viewer = viewerFrom(ctx);
    const [edges, unreadCount] = await Promise.all([
      ctx.services.notifications.latest(viewer.userId, first),
      ctx.services.notifications.unreadCount(viewer.userId),
    ]);
    return { edges, unreadCount };
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks notifications read (all of them when ids is omitted); returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: AppContext) {
    const parsed = ids?.map(parseId).filter((id): id is number => id !== null) ?? null;
    return ctx.services.notifications.markRead(viewerFrom(ctx).userId, parsed);
  }

  @FieldResolver(() => Date, { name: 'latestAt', description: 'Its latest activity (a grouped clash alert: the latest attempt); lists are newest first by it.' })
  latestActivity(@Root() n: NotificationType): Date {
    return n.latestAt ?? n.createdAt;
  }

  @FieldResolver(() => ClashAlertType, { nullable: true })
  async clash(@Root() n: NotificationType, @Ctx() ctx: AppContext) {
    if (!n.clashId) return null;
    const row = await ctx.loaders.clashAlert.load(n.clashId);
    return row ? clashAlertView(viewerFrom(ctx), row, n.attemptCount) : null;
  }

  @FieldResolver(() => OwnershipNoticeType, { nullable: true, description: 'Set for ASSIGNED, REASSIGNED and RELEASED.' })
  async ownership(@Root() n: NotificationType, @Ctx() ctx: AppContext): Promise<OwnershipNoticeType | null> {
    if (n.kind !== 'ASSIGNED' && n.kind !== 'REASSIGNED' && n.kind !== 'RELEASED') return null;
    const row = n.customerCount === 1 && n.customerId ? await ctx.loaders.revealCustomer.load(n.customerId) : null;
    return {
      by: personView(n.actor),
      customerCount: n.customerCount,
      customer: row ? revealFor(viewerFrom(ctx), row) : null,
      receiver: n.receiver ? personView(n.receiver) : null,
    };
  }

  @FieldResolver(() => ImportJobType, { nullable: true, description: 'IMPORT: the import it follows, as it stands now (its progress while it is written).' })
  async importJob(@Root() n: NotificationType, @Ctx() ctx: AppContext) {
    if (!n.importJobId) return null;
    return ctx.services.importReads.job(viewerFrom(ctx), n.importJobId).catch(() => null);
  }

  @FieldResolver(() => ProtectionReminderType, { nullable: true })
  reminder(@Root() n: NotificationType): ProtectionReminderType | null {
    if (!n.customerId || !n.protectionEnd) return null;
    return { customerId: n.customerId, companyName: n.customer?.companyName ?? '', protectionEnd: n.protectionEnd };
  }

  @Authorized()
  @Subscription(() => ClashAlertType, {
    topics: TOPICS.clashAlert,
    filter: ({ payload, context }: { payload: ClashAlertEvent; context: AppContext }) =>
      context.user !== null && payload.recipientIds.includes(context.user.id),
    description: 'Clashes with customers the viewer owns or manages, as they happen.',
  })
  async clashAlerts(@Root() event: ClashAlertEvent, @Ctx() ctx: AppContext) {
    ctx.loaders = freshLoaders(ctx.services);
    const row = await ctx.loaders.clashAlert.load(event.clashId);
    if (!row) throw new BerthError('NOT_FOUND', 'Clash not found.');
    // An instance still on the previous version sends no counts: one attempt, as it was then.
    return clashAlertView(viewerFrom(ctx), row, event.attemptCounts?.[ctx.user!.id] ?? 1);
  }
}

/** People in a notice appear by name and department only, as everywhere outside the own team. */
function personView(person: { name: string; department?: { name: string } | null } | null | undefined) {
  return { name: person?.name ?? '', departmentName: person?.department?.name ?? null };
}
