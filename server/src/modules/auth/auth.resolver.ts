import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { BerthError, fieldProblem } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { UserType } from '../org/org.types';
import { DemoHintType, LoginInput, LoginPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: AppContext) {
    return ctx.user ? ctx.loaders.user.load(ctx.user.id) : null;
  }

  @Query(() => DemoHintType, {
    nullable: true,
    description: 'The demo logins, for the sign-in page; null unless this database was given the demo team and the server offers the demo.',
  })
  demoHint(@Ctx() ctx: AppContext) {
    return ctx.services.demoHint.hint();
  }

  @Mutation(() => LoginPayload, {
    description:
      'Signs in; also sets the httpOnly cookie `berth_token` for browsers. Repeated failures for one email or from one address are refused for a while with LOGIN_THROTTLED (`extensions.retryAt`).',
  })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: AppContext): Promise<LoginPayload> {
    if (input.email.length > 254 || input.password.length > 1024) throw new BerthError('INVALID_CREDENTIALS');
    // Over a socket there is no client address to count failures against (and no cookie to
    // set): sign-in is an HTTP request.
    if (!ctx.clientAddress) throw new BerthError('BAD_REQUEST', 'Sign in over HTTP.');
    const session = await ctx.services.auth.login(input.email, input.password, ctx.clientAddress);
    ctx.cookies?.set(session.token, session.expiresAt);
    // The rest of the operation answers as the person who just signed in: the user's own
    // details (email, role) resolve only for a viewer of the user's team, and this is the user.
    ctx.user = await ctx.services.auth.authenticate(session.token);
    const user = await ctx.loaders.user.load(session.userId);
    return { token: session.token, expiresAt: session.expiresAt, user: user! };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used, live sockets included.' })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    await ctx.services.auth.logout(ctx.user!.sessionTokenHash);
    ctx.cookies?.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => UserType, {
    description:
      "Remembers the signed-in user's dashboard language: 'en' or 'zh-CN'; any Chinese tag reads as 'zh-CN', anything else Berth does not speak as 'en'.",
  })
  async setMyLocale(@Arg('locale') locale: string, @Ctx() ctx: AppContext) {
    await ctx.services.auth.setLocale(ctx.user!.id, locale);
    ctx.loaders.user.clear(ctx.user!.id);
    return ctx.loaders.user.load(ctx.user!.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: "Whether the signed-in admin receives clash alerts on every team's customers (owners and their managers always do)." })
  async setAllClashAlerts(@Arg('enabled') enabled: boolean, @Ctx() ctx: AppContext) {
    await ctx.services.auth.setAllClashAlerts(ctx.user!.id, enabled);
    ctx.loaders.user.clear(ctx.user!.id);
    return ctx.loaders.user.load(ctx.user!.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'A disabled user cannot sign in; their sessions and live sockets end at once.' })
  async setUserDisabled(@Arg('userId', () => ID) userId: string, @Arg('disabled') disabled: boolean, @Ctx() ctx: AppContext) {
    const id = idOrNotFound(userId, 'User');
    if (id === ctx.user!.id && disabled) throw BerthError.badInput([fieldProblem('userId', 'CANNOT_DISABLE_SELF')]);
    await ctx.services.auth.setUserDisabled(id, disabled);
    ctx.loaders.user.clear(id);
    return ctx.loaders.user.load(id);
  }
}
