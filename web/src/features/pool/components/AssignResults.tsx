import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Formatter } from '../../../i18n/formatter';
import type { MessageKey } from '../../../i18n/message-keys';
import type { Translate } from '../../../i18n/translator';
import { MoveResultList } from '../../moves/components/MoveResultList';
import { reassignRefusalMessage } from '../../moves/move-labels';
import type { AssignResult } from '../hooks/useAssignCustomers';
import { assignRefusalMessage } from '../pool-labels';

/** Pool customers given to reps (`assign`), or owned customers moved to other reps (`reassign`): the same results, in their own words. */
export type AssignMode = 'assign' | 'reassign';

const WORDS: Record<AssignMode, { summary: MessageKey; to: MessageKey; done: MessageKey; not: MessageKey; refusal: (r: AssignResult, t: Translate) => string }> = {
  assign: {
    summary: 'pool.assign.summary',
    to: 'pool.assign.assignedTo',
    done: 'pool.assign.assigned',
    not: 'pool.assign.notAssigned',
    refusal: assignRefusalMessage,
  },
  reassign: {
    summary: 'moves.reassign.summary',
    to: 'moves.reassign.movedTo',
    done: 'moves.reassign.moved',
    not: 'moves.reassign.notMoved',
    refusal: reassignRefusalMessage,
  },
};

interface Props {
  results: AssignResult[];
  /** Company names the page knows; customers assigned by filter may be off the page. */
  names: ReadonlyMap<string, string>;
  mode?: AssignMode;
}

/** "Emma Novak 3 · Li Wei 2": names and counts, no words. */
function tally(results: AssignResult[], fmt: Formatter): string {
  const counts = new Map<string, number>();
  for (const r of results) if (r.ok && r.assignee) counts.set(r.assignee.name, (counts.get(r.assignee.name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${fmt.count(n)}`).join(' · ');
}

/** What became of each customer: given to whom, or why not. */
export function AssignResults({ results, names, mode = 'assign' }: Props) {
  const t = useT();
  const fmt = useFormat();
  const words = WORDS[mode];
  const done = results.filter((r) => r.ok).length;
  const outcome = (r: AssignResult) => {
    if (!r.ok) return t(words.not, { reason: words.refusal(r, t) });
    return r.assignee ? t(words.to, { name: r.assignee.name }) : t(words.done);
  };
  return (
    <MoveResultList
      name="assign"
      summary={t(words.summary, { done: fmt.count(done), total: fmt.count(results.length) })}
      detail={done > 0 ? tally(results, fmt) : undefined}
      items={results.map((r) => ({ customerId: r.customerId, ok: r.ok, code: r.code, name: r.companyName ?? names.get(r.customerId) ?? null, outcome: outcome(r) }))}
    />
  );
}
