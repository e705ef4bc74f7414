import { describe, expect, it, vi } from 'vitest';
import type { ApolloClient } from '@apollo/client';
import { REP } from '../../test/render';
import { sessionCheck } from './session-check';

type Query = Pick<ApolloClient, 'query'>['query'];

function check(answer: () => Promise<unknown>) {
  const query = vi.fn(answer) as unknown as Query & ReturnType<typeof vi.fn>;
  const onEnded = vi.fn();
  return { ask: sessionCheck(() => ({ query }), onEnded), query, onEnded };
}

describe('sessionCheck, after the server refused the socket', () => {
  it('ends the session when the server no longer knows the user', async () => {
    const { ask, onEnded, query } = check(async () => ({ data: { me: null } }));
    await ask();
    expect(onEnded).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ fetchPolicy: 'no-cache' }));
  });

  it('leaves a live session alone, and a failed question too (the socket keeps retrying)', async () => {
    const live = check(async () => ({ data: { me: REP } }));
    await live.ask();
    expect(live.onEnded).not.toHaveBeenCalled();

    const unreachable = check(async () => {
      throw new Error('Failed to fetch');
    });
    await unreachable.ask();
    expect(unreachable.onEnded).not.toHaveBeenCalled();
  });

  it('asks once at a time however often the socket is refused meanwhile', async () => {
    let answer!: (value: unknown) => void;
    const { ask, query, onEnded } = check(() => new Promise((resolve) => (answer = resolve)));
    const first = ask();
    const second = ask();
    expect(query).toHaveBeenCalledTimes(1);
    answer({ data: { me: null } });
    await Promise.all([first, second]);
    expect(onEnded).toHaveBeenCalledTimes(1);

    void ask(); // answered: the next refusal asks again
    expect(query).toHaveBeenCalledTimes(2);
  });
});
