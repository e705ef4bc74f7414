import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { ReleaseResult } from '../hooks/useReleaseCustomers';
import { releaseRefusalMessage } from '../move-labels';
import { MoveResultList } from './MoveResultList';

/** What became of each customer of a release: in the pool (from whom), or why not. */
export function ReleaseResults({ results, names }: { results: ReleaseResult[]; names: ReadonlyMap<string, string> }) {
  const t = useT();
  const fmt = useFormat();
  const done = results.filter((r) => r.ok).length;
  const outcome = (r: ReleaseResult) => {
    if (!r.ok) return t('moves.release.notReleased', { reason: releaseRefusalMessage(r, t) });
    return r.previousOwner ? t('moves.release.releasedFrom', { name: r.previousOwner.name }) : t('moves.release.released');
  };
  return (
    <MoveResultList
      name="release"
      summary={t('moves.release.summary', { done: fmt.count(done), total: fmt.count(results.length) })}
      items={results.map((r) => ({ customerId: r.customerId, ok: r.ok, code: r.code, name: r.companyName ?? names.get(r.customerId) ?? null, outcome: outcome(r) }))}
    />
  );
}
