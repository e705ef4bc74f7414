import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { INDUSTRY_LIST_CAP } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { CreateCustomerInput, CustomerFilterInput, CustomerSortInput, UpdateCustomerInput } from './customer.inputs';
import { CreateCustomerPayload, CustomerConnectionType, CustomerType, UpdateCustomerPayload } from './customer.types';
import { customerListFilterFrom } from './customer-list-filter';

@Resolver()
export class CustomerResolver {
  @Authorized()
  @Query(() => CustomerConnectionType, { description: 'Customers the viewer can see, newest change first unless sorted.' })
  async customers(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter: CustomerFilterInput | null,
    @Arg('sort', () => CustomerSortInput, { nullable: true }) sort: CustomerSortInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const viewer = viewerFrom(ctx);
    return ctx.services.customers.list(viewer, {
      filter: await customerListFilterFrom(filter, viewer, ctx.services.team),
      sort: sort ?? { field: 'UPDATED_AT', direction: 'DESC' },
      first,
      after,
    });
  }

  @Authorized()
  @Query(() => CustomerType, { description: 'NOT_FOUND both when it does not exist and when the viewer may not see it.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.customers.get(viewerFrom(ctx), idOrNotFound(id, 'Customer'));
  }

  @Authorized()
  @Query(() => [String], {
    description:
      'The one industry list the customer form and filters offer: the built-in defaults plus every industry any customer was saved with, '
      + `sorted, once per name whatever its case, at most ${INDUSTRY_LIST_CAP}. With pool true: only the industries among pool customers.`,
  })
  industries(@Arg('pool', { defaultValue: false }) pool: boolean, @Ctx() ctx: AppContext) {
    if (pool) return ctx.services.customers.distinctValues(viewerFrom(ctx), 'industry', 'POOL');
    return ctx.services.industries.list();
  }

  @Authorized()
  @Query(() => [String], { description: 'Sources among the customers the viewer can see, or among pool customers when pool is true.' })
  sources(@Arg('pool', { defaultValue: false }) pool: boolean, @Ctx() ctx: AppContext) {
    return ctx.services.customers.distinctValues(viewerFrom(ctx), 'source', pool ? 'POOL' : 'OWNED');
  }

  @Authorized()
  @Mutation(() => CreateCustomerPayload, { description: 'Creates a customer owned by the caller.' })
  async createCustomer(@Arg('input') input: CreateCustomerInput, @Ctx() ctx: AppContext): Promise<CreateCustomerPayload> {
    return { customer: await ctx.services.customers.create(viewerFrom(ctx), input) };
  }

  @Authorized()
  @Mutation(() => UpdateCustomerPayload)
  async updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCustomerInput,
    @Ctx() ctx: AppContext,
  ): Promise<UpdateCustomerPayload> {
    return { customer: await ctx.services.customers.update(viewerFrom(ctx), idOrNotFound(id, 'Customer'), input) };
  }
}
