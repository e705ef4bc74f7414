import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { ImportProblem } from '../import-types';
import { problemText } from '../row-wording';

interface Props {
  problems: readonly ImportProblem[];
  /** Where the list is the whole of why the row is there (the review's invalid rows), it is the row's `import-row-why`. */
  testId?: string;
}

/** A row's wrong fields, one line each, in the viewer's words. */
export function ImportRowProblems({ problems, testId }: Props) {
  const t = useT();
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'error.main' }} data-testid={testId}>
      {problems.map((problem, i) => (
        <Typography key={i} component="li" variant="body2" data-testid="import-row-problem">
          {problemText(problem, t)}
        </Typography>
      ))}
    </Box>
  );
}
