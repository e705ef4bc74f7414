import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { ClashCustomerType } from '../duplicates/duplicate.types';
import { revealFor } from '../duplicates/reveal';
import { ImportRowType } from './import.types';

/** What an import row links to, read through the request's loaders. */
@Resolver(() => ImportRowType)
export class ImportRowResolver {
  @FieldResolver(() => ClashCustomerType, {
    nullable: true,
    description:
      'The customer the row created, filled or added its contact to, as it stands now and as the viewer may see it (no id once it is outside their reach); null when the row wrote nothing or the customer is gone.',
  })
  async customer(@Root() row: ImportRowType, @Ctx() ctx: AppContext) {
    if (row.customerId === null) return null;
    const found = await ctx.loaders.revealCustomer.load(row.customerId);
    return found ? revealFor(viewerFrom(ctx), found) : null;
  }
}
