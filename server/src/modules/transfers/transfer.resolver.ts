import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { canSeeTransfer, type TransferStatus } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError, idOrNotFound } from '../../graphql/ids';
import { TransferStatusEnum } from '../../graphql/enums';
import { TOPICS, type TransferProgressEvent } from '../../graphql/pubsub';
import { UserType } from '../org/org.types';
import type { TransferInput, TransferPlan } from './transfer.service';
import type { LockedRequest } from './transfer.repository';
import {
  TransferInputType,
  TransferItemType,
  TransferPlanInputType,
  TransferPreviewType,
  TransferProgressType,
  TransferReceiverShareType,
  TransferRequestType,
} from './transfer.types';

function transferPlanFrom(input: TransferPlanInputType): TransferPlan {
  return {
    fromUserId: idOrFieldError(input.fromUserId, 'fromUserId'),
    customerIds: input.customerIds ? [...new Set(input.customerIds.map((raw) => idOrFieldError(raw, 'customerIds')))] : null,
    receiverMode: input.receiverMode,
    toUserIds: [...new Set(input.toUserIds.map((raw) => idOrFieldError(raw, 'toUserIds')))],
  };
}

function transferInputFrom(input: TransferInputType): TransferInput {
  return { ...transferPlanFrom(input), keepReadDays: input.keepReadDays ?? null, note: input.note };
}

/** Departures and other transfers of a rep's customers: preview, request, decision, progress. */
@Resolver(() => TransferRequestType)
export class TransferResolver {
  @Authorized('MANAGER', 'ADMIN')
  @Query(() => TransferPreviewType, { description: 'What a transfer would move, to whom, and whether it needs approval; nothing is saved.' })
  previewTransfer(@Arg('input') input: TransferPlanInputType, @Ctx() ctx: AppContext) {
    return ctx.services.transfers.preview(viewerFrom(ctx), transferPlanFrom(input));
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => TransferRequestType, {
    description: 'Asks for a transfer with a snapshot of what moves. It waits for an approver when the policy says so (PENDING); otherwise it starts at once (QUEUED).',
  })
  startTransfer(@Arg('input') input: TransferInputType, @Ctx() ctx: AppContext) {
    return ctx.services.transfers.start(viewerFrom(ctx), transferInputFrom(input));
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => TransferRequestType, { description: 'An admin or the manager above the requester approves (it starts) or rejects (nothing moves) a pending request, once.' })
  decideTransfer(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.transfers.decide(viewerFrom(ctx), idOrNotFound(id, 'Transfer request'), approve, comment);
  }

  @Authorized()
  @Query(() => [TransferRequestType], { description: 'Transfer requests you asked for, may decide, or that concern your team; newest first. Reps see none.' })
  transferRequests(
    @Arg('status', () => [TransferStatusEnum], { nullable: true }) status: TransferStatus[] | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.transfers.list(viewerFrom(ctx), status?.length ? status : null, first);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => TransferRequestType, { description: 'NOT_FOUND both when it does not exist and when you may not see it.' })
  transferRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.transfers.get(viewerFrom(ctx), idOrNotFound(id, 'Transfer request'));
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => [TransferItemType], { description: "A transfer's customers with their outcomes, in id order; onlyFailed: those that stayed, each with why." })
  async transferItems(
    @Arg('id', () => ID) id: string,
    @Arg('onlyFailed', { defaultValue: false }) onlyFailed: boolean,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: AppContext,
  ) {
    const request = await ctx.services.transfers.get(viewerFrom(ctx), idOrNotFound(id, 'Transfer request'));
    const items = await ctx.services.transfers.items(request, onlyFailed, first);
    const names = await ctx.loaders.revealCustomer.loadMany(items.map((i) => i.customerId));
    return items.map((item, i) => {
      const row = names[i];
      return { ...item, companyName: row && !(row instanceof Error) ? row.companyName : null };
    });
  }

  @Authorized('MANAGER', 'ADMIN')
  @Subscription(() => TransferProgressType, {
    topics: TOPICS.transferProgress,
    filter: ({ payload, args, context }: { payload: TransferProgressEvent; args: { id: string }; context: AppContext }) =>
      String(payload.requestId) === args.id && context.user !== null && canSeeTransfer(viewerFrom(context), payload),
    description: "A transfer's progress as its job moves each chunk, and its decision.",
  })
  transferProgress(@Arg('id', () => ID) _id: string, @Root() event: TransferProgressEvent): TransferProgressType {
    return { requestId: event.requestId, status: event.status, total: event.total, done: event.done, moved: event.moved, failed: event.failed };
  }

  @FieldResolver(() => UserType)
  from(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(r.fromUserId);
  }

  @FieldResolver(() => [UserType])
  async receivers(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.user.loadMany(r.receiverIds)).filter((u) => u && !(u instanceof Error));
  }

  @FieldResolver(() => UserType)
  requestedBy(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(r.requestedById);
  }

  @FieldResolver(() => UserType, { nullable: true })
  decidedBy(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return r.decidedById ? ctx.loaders.user.load(r.decidedById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may approve or reject it now.' })
  async canDecide(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return ctx.services.transfers.mayDecide(viewerFrom(ctx), r);
  }

  @FieldResolver(() => TransferProgressType)
  async progress(@Root() r: LockedRequest, @Ctx() ctx: AppContext): Promise<TransferProgressType> {
    return { requestId: r.id, status: r.status, ...(await ctx.services.transfers.progress(r)) };
  }

  @FieldResolver(() => [TransferReceiverShareType], { description: 'The snapshot: how many customers each receiver is to get.' })
  async perReceiver(@Root() r: LockedRequest, @Ctx() ctx: AppContext) {
    return (await ctx.services.transfers.perReceiver(r)).map((share) => ({ ...share, room: null }));
  }
}

@Resolver(() => TransferReceiverShareType)
export class TransferReceiverShareResolver {
  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() share: TransferReceiverShareType, @Ctx() ctx: AppContext) {
    return share.userId === null ? null : ctx.loaders.user.load(share.userId);
  }
}

@Resolver(() => TransferItemType)
export class TransferItemResolver {
  @FieldResolver(() => UserType, { nullable: true })
  to(@Root() item: TransferItemType, @Ctx() ctx: AppContext) {
    return item.toUserId === null ? null : ctx.loaders.user.load(item.toUserId);
  }
}
