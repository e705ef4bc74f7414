import type { EntityManager } from 'typeorm';
import { cardFromRow, duplicateKeysOf, fieldProblem, fileKeysOf, validateDuplicateKeys, type ImportCard, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { DuplicateCheckService } from '../duplicates/duplicate-check.service';
import type { JudgedRow } from './import-check.repository';
import { regionKey, type ImportJobRow, type ImportRepository } from './import.repository';

/**
 * Each row of an import on its own: its fields read through the job's mapping (which field is
 * wrong, and why), its duplicate keys, and what a save of it would meet in Berth, judged by the
 * duplicate check exactly as a save is, in one batch for all the rows given. Rows do not depend on
 * each other here, so any number of workers may judge different rows at once.
 */
export class ImportRowJudge {
  constructor(
    private readonly imports: ImportRepository,
    private readonly duplicateChecks: DuplicateCheckService,
    private readonly phoneRegion: string,
    private readonly clock: Clock,
  ) {}

  async judge(manager: EntityManager, job: ImportJobRow, uploader: Viewer, rows: readonly { rowNumber: number; cells: (string | null)[] }[]): Promise<JudgedRow[]> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const regions = await this.imports.regionsByName(manager);
    const read = rows.map((row) => {
      const { card, problems } = cardFromRow(row.cells, job.mapping, today);
      // A region Berth does not know is named as wrong, never dropped: the user maps the column elsewhere or fixes the file.
      if (card.region !== null && !regions.has(regionKey(card.region))) problems.push(fieldProblem('region', 'UNKNOWN_REGION'));
      const keys = problems.length ? null : duplicateKeysOf(keySourceOf(card), { defaultRegion: this.phoneRegion });
      const keyProblems = keys ? validateDuplicateKeys(keys, keySourceOf(card)) : [];
      return { rowNumber: row.rowNumber, problems: [...problems, ...keyProblems], keys: keyProblems.length ? null : keys };
    });
    const valid = read.flatMap((r) => (r.keys ? [r.keys] : []));
    const judgements = await this.duplicateChecks.assessMany(manager, uploader, valid);
    const search = await this.duplicateChecks.nameSearch(manager, valid);
    let i = 0;
    return read.map((r) => {
      if (!r.keys) return { rowNumber: r.rowNumber, problems: r.problems, fileKeys: [], match: null, name: null };
      const at = i++;
      return {
        rowNumber: r.rowNumber,
        problems: r.problems,
        fileKeys: fileKeysOf(r.keys),
        match: judgements[at].matches[0] ?? null,
        name: r.keys.name ? { key: r.keys.name, core: search.cores[at] } : null,
      };
    });
  }
}

/** The fields of a card a duplicate check reads, as a save of it would. */
function keySourceOf(card: ImportCard) {
  return { companyName: card.companyName ?? '', website: card.website, email: card.email, phone: card.phone };
}
