import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { childPath, type Role, type Viewer } from '@berth/domain';
import { hashPassword } from '../../server/src/modules/auth/password';
import { DepartmentEntity } from '../../server/src/modules/org/department.entity';
import { UserEntity } from '../../server/src/modules/org/user.entity';
import { gql } from './graphql-client';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/** Each test makes its own people and places; nothing depends on another test's state. */
export async function makeDepartment(ds: DataSource, name: string, parent?: DepartmentEntity): Promise<DepartmentEntity> {
  const repo = ds.getRepository(DepartmentEntity);
  const saved = await repo.save({ name, parentId: parent?.id ?? null, path: `/pending-${randomUUID()}/` });
  saved.path = childPath(parent?.path ?? null, saved.id);
  return repo.save(saved);
}

export async function makeUser(
  ds: DataSource,
  opts: { role?: Role; department?: DepartmentEntity | null; name?: string; email?: string; disabled?: boolean } = {},
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  return ds.getRepository(UserEntity).save({
    email: opts.email ?? `user-${tag}@example.test`,
    name: opts.name ?? `User ${tag}`,
    role: opts.role ?? 'REP',
    departmentId: opts.department?.id ?? null,
    passwordHash: await passwordHash,
    disabled: opts.disabled ?? false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
}

export async function loginAs(graphqlUrl: string, user: { email: string }): Promise<string> {
  const res = await gql(graphqlUrl, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: user.email, password: TEST_PASSWORD },
  });
  if (!res.data?.login?.token) throw new Error(`login failed for ${user.email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

export const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) { customer { id companyName owner { id } } }
}`;

export async function createCustomerAs(graphqlUrl: string, token: string, input: Record<string, unknown>): Promise<string> {
  const res = await gql(graphqlUrl, CREATE_CUSTOMER, { input }, { token });
  if (!res.data?.createCustomer) throw new Error(`createCustomer failed: ${JSON.stringify(res.errors)}`);
  return res.data.createCustomer.customer.id;
}

/** A manager heading a new department, and the viewer the services take for them (for tests that call services directly). */
export async function makeManagerViewer(ds: DataSource, departmentName: string): Promise<Viewer> {
  const department = await makeDepartment(ds, departmentName);
  const user = await makeUser(ds, { department, role: 'MANAGER', name: 'Mia Manager' });
  return { userId: user.id, role: 'MANAGER', departmentPath: department.path };
}
