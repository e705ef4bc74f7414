import type { ImportField, ImportJobDetail } from '../import-types';
import type { MappingErrors } from '../mapping-problems';

/** Sample values shown per column. */
const SAMPLES = 3;

/** One column of the file as the mapping step shows it. */
export interface MappingColumn {
  index: number;
  header: string;
  /** Its first non-blank values under the header. */
  samples: string[];
  field: ImportField | null;
  error?: string;
}

export function mappingColumns(job: Pick<ImportJobDetail, 'headers' | 'sampleRows'>, mapping: readonly (ImportField | null)[], errors: MappingErrors): MappingColumn[] {
  return job.headers.map((header, index) => ({
    index,
    header,
    samples: (job.sampleRows ?? [])
      .map((row) => row?.[index]?.trim() ?? '')
      .filter((cell) => cell !== '')
      .slice(0, SAMPLES),
    field: mapping[index] ?? null,
    error: errors.columns[index],
  }));
}
