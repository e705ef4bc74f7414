import { customerAccessOf } from '@berth/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { CustomerAccessEnum } from '../../graphql/enums';
import { idOrFieldError, idOrNotFound } from '../../graphql/ids';
import { departmentPathOf } from '../../graphql/loaders';
import { UserType } from '../org/org.types';
import { CustomerType } from '../customers/customer.types';
import { AddCollaboratorInput, CollaboratorType } from './collaborator.types';

/** Sharing a customer with colleagues: the grants, and the viewer's own access. */
@Resolver(() => CustomerType)
export class CollaboratorResolver {
  @Authorized()
  @Mutation(() => CustomerType, { description: 'The owner or a manager over them shares the customer with a colleague, read-only or read-write, optionally until an expiry.' })
  addCollaborator(@Arg('input') input: AddCollaboratorInput, @Ctx() ctx: AppContext) {
    return ctx.services.collaborators.add(viewerFrom(ctx), idOrNotFound(input.customerId, 'Customer'), {
      userId: idOrFieldError(input.userId, 'userId'),
      access: input.access,
      expiresAt: input.expiresAt ?? null,
    });
  }

  @Authorized()
  @Mutation(() => CustomerType, { description: 'Withdraws a colleague\'s access (the owner or a manager over them), or leaves a customer you collaborate on.' })
  removeCollaborator(@Arg('customerId', () => ID) customerId: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: AppContext) {
    return ctx.services.collaborators.remove(viewerFrom(ctx), idOrNotFound(customerId, 'Customer'), idOrFieldError(userId, 'userId'));
  }

  @FieldResolver(() => [CollaboratorType], { description: 'Colleagues with access now (an expired grant is gone at its expiry).' })
  collaborators(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.collaboratorsOfCustomer.load(c.id);
  }

  @FieldResolver(() => CustomerAccessEnum, { description: 'FULL: you own it or manage its owner; WRITE or READ: you collaborate on it.' })
  async myAccess(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    // Through the request's loaders: a page of customers costs one grants query and one owners query, not two per row.
    const { ownerId } = c.ownership;
    const [ownerDepartmentPath, grants] = await Promise.all([
      ownerId === null ? null : departmentPathOf(ctx.loaders, ownerId),
      ctx.loaders.collaboratorsOfCustomer.load(c.id),
    ]);
    return customerAccessOf(viewerFrom(ctx), { ownerId, ownerDepartmentPath }, grants);
  }
}

@Resolver(() => CollaboratorType)
export class CollaboratorFieldsResolver {
  @FieldResolver(() => UserType)
  user(@Root() c: CollaboratorType, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(c.userId);
  }

  @FieldResolver(() => UserType)
  grantedBy(@Root() c: CollaboratorType, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(c.grantedById);
  }
}
