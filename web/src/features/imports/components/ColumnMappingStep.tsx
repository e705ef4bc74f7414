import { useMemo, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { IMPORT_LIMITS, type FieldProblem } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useStartImport } from '../hooks/useStartImport';
import type { ImportField, ImportJobDetail } from '../import-types';
import { mappingErrors, mappingProblems } from '../mapping-problems';
import { ColumnMappingCards } from './ColumnMappingCards';
import { ColumnMappingTable } from './ColumnMappingTable';
import { mappingColumns } from './mapping-columns';

interface Props {
  job: ImportJobDetail;
  /** The import moved on elsewhere (started in another tab): read it again. */
  onStale: () => void;
}

/**
 * The columns step: what each column fills (guessed from the headers and what the uploader mapped
 * before), the trade show's name, and "Check rows". The shared mapping rules (one company-name
 * column, no field twice) are checked here before anything is sent; the server's BAD_USER_INPUT
 * problems land in the same places. Once started, the job's answer moves the page on.
 */
export function ColumnMappingStep({ job, onStale }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const handleError = useErrorHandler();
  const { startImport, starting } = useStartImport();
  const [mapping, setMapping] = useState<(ImportField | null)[]>(() => job.headers.map((_, i) => job.mapping[i] ?? null));
  const [source, setSource] = useState(job.source ?? '');
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const problemsAnchor = useRef<HTMLDivElement>(null);

  const clientProblems = useMemo(() => mappingProblems(mapping, job.headers.length, source), [mapping, job.headers.length, source]);
  const errors = mappingErrors(serverProblems.length ? serverProblems : clientProblems, job.headers, t);
  const columns = mappingColumns(job, mapping, errors);

  const choose = (index: number, field: ImportField | null) => {
    setServerProblems([]);
    setMapping((prev) => prev.map((f, i) => (i === index ? field : f)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (clientProblems.length > 0) {
      problemsAnchor.current?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    try {
      await startImport({ id: job.id, mapping, source: source.trim() || null });
    } catch (error) {
      const described = describeError(error, t);
      handleError(error, { inline: described.fields.length > 0 });
      if (described.fields.length > 0) setServerProblems(described.fields);
      else if (described.code === 'IMPORT_ALREADY_STARTED') onStale();
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} data-testid="column-mapping">
      <Typography variant="h2" sx={{ mb: 0.5 }}>
        {t('imports.mapping.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('imports.mapping.hint')}
      </Typography>
      <div ref={problemsAnchor}>
        {errors.general.map((message) => (
          <Alert key={message} severity={submitted ? 'error' : 'warning'} sx={{ mb: 2 }} data-testid="mapping-problem">
            {message}
          </Alert>
        ))}
      </div>
      {phone ? <ColumnMappingCards columns={columns} onChange={choose} /> : <ColumnMappingTable columns={columns} onChange={choose} />}
      <TextField
        name="source"
        label={t('imports.source.label')}
        fullWidth
        value={source}
        onChange={(e) => {
          setServerProblems([]);
          setSource(e.target.value);
        }}
        error={Boolean(errors.source)}
        helperText={errors.source ?? t('imports.source.hint')}
        sx={{ mt: 3 }}
        slotProps={{ htmlInput: { maxLength: IMPORT_LIMITS.maxSourceLength, 'data-testid': 'import-source' }, formHelperText: { 'data-testid': 'import-source-helper' } as object }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 2 }}>
        <Button type="submit" variant="contained" disabled={starting} data-testid="check-rows" sx={{ width: { xs: '100%', sm: 'auto' } }}>
          {t(starting ? 'imports.mapping.starting' : 'imports.mapping.submit')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('imports.mapping.rowsToCheck', { count: job.totalRows })}
        </Typography>
      </Box>
    </Box>
  );
}
