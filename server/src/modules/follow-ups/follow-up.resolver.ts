import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { UserType } from '../org/org.types';
import { CustomerType } from '../customers/customer.types';
import { FollowUpObject, LogFollowUpInput, LogFollowUpPayload } from './follow-up.types';

@Resolver(() => FollowUpObject)
export class FollowUpResolver {
  @Authorized()
  @Mutation(() => LogFollowUpPayload, { description: 'Logs a follow-up; a valid one extends the owner’s protection.' })
  async logFollowUp(@Arg('input') input: LogFollowUpInput, @Ctx() ctx: AppContext): Promise<LogFollowUpPayload> {
    const { result, customer } = await ctx.services.followUps.log(viewerFrom(ctx), idOrNotFound(input.customerId, 'Customer'), input);
    return { followUp: result.followUp, customer };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who logged it.' })
  author(@Root() f: FollowUpObject, @Ctx() ctx: AppContext) {
    return f.authorId ? ctx.loaders.user.load(f.authorId) : null;
  }
}

/** A customer's timeline: it reaches here only after the customer passed the visibility scope. */
@Resolver(() => CustomerType)
export class CustomerFollowUpsResolver {
  @FieldResolver(() => [FollowUpObject], { description: 'Newest first.' })
  async followUps(@Root() c: CustomerType, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.followUpsOfCustomer.load(c.id)).slice(0, first);
  }
}
