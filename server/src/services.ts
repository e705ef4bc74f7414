import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import type { Config } from './config';
import type { BerthPubSub } from './graphql/pubsub';
import { LiveSockets } from './graphql/live-sockets';
import { AuthService } from './modules/auth/auth.service';
import { OrgRepository } from './modules/org/org.repository';
import { OrgService } from './modules/org/org.service';
import { ContactRepository } from './modules/customers/contact.repository';
import { ContactService } from './modules/customers/contact.service';
import { CustomerRepository } from './modules/customers/customer.repository';
import { CustomerService } from './modules/customers/customer.service';
import { OwnershipEventRepository } from './modules/customers/ownership-event.repository';

/** Wires repositories into services once per server; resolvers reach them through the context. */
export function createServices(deps: { dataSource: DataSource; clock: Clock; config: Config; pubsub: BerthPubSub }) {
  const { dataSource, clock, config, pubsub } = deps;
  const repositories = {
    org: new OrgRepository(dataSource),
    customers: new CustomerRepository(dataSource),
    contacts: new ContactRepository(dataSource),
    ownershipEvents: new OwnershipEventRepository(dataSource),
  };
  const customers = new CustomerService(dataSource, repositories.customers, repositories.ownershipEvents, repositories.org, pubsub, clock);
  return {
    repositories,
    auth: new AuthService(dataSource, clock, config.sessionDays),
    liveSockets: new LiveSockets(),
    org: new OrgService(repositories.org),
    customers,
    contacts: new ContactService(customers, repositories.contacts, clock, config.teamTimeZone),
  };
}

export type Services = ReturnType<typeof createServices>;
