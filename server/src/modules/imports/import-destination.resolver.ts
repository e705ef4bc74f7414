import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { UserType } from '../org/org.types';
import { ImportDestinationType } from './import-commit.types';

/** The people an import's customers go to, read through the request's loaders. */
@Resolver(() => ImportDestinationType)
export class ImportDestinationResolver {
  @FieldResolver(() => [UserType], { description: 'The reps the new customers go to, in the order dealt (none for the pool).' })
  async users(@Root() destination: ImportDestinationType, @Ctx() ctx: AppContext) {
    const users = await ctx.loaders.user.loadMany(destination.userIds);
    return users.filter((u) => u && !(u instanceof Error));
  }
}
