import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { ContactInput, UpdateContactInput } from './customer.inputs';
import { AddContactPayload, RemoveContactPayload, UpdateContactPayload } from './customer.types';

@Resolver()
export class ContactResolver {
  @Authorized()
  @Mutation(() => AddContactPayload)
  async addContact(@Arg('customerId', () => ID) customerId: string, @Arg('input') input: ContactInput, @Ctx() ctx: AppContext) {
    const { result, customer } = await ctx.services.contacts.add(viewerFrom(ctx), idOrNotFound(customerId, 'Customer'), input);
    return { contact: result, customer };
  }

  @Authorized()
  @Mutation(() => UpdateContactPayload)
  async updateContact(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateContactInput, @Ctx() ctx: AppContext) {
    const { result, customer } = await ctx.services.contacts.update(viewerFrom(ctx), idOrNotFound(id, 'Contact'), input);
    return { contact: result, customer };
  }

  @Authorized()
  @Mutation(() => RemoveContactPayload)
  async removeContact(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    const { result, customer } = await ctx.services.contacts.remove(viewerFrom(ctx), idOrNotFound(id, 'Contact'));
    return { removedContactId: result, customer };
  }
}
