import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { ALWAYS_SKIPPED_CLASSES, CHOOSABLE_CLASSES, type ImportChoices } from '../commit-choices';
import { choiceLabel, classLabel } from '../import-labels';
import type { ImportClassCounts, ImportRowClass } from '../import-types';

interface Props {
  counts: ImportClassCounts;
  choices: ImportChoices;
  onChange: (choices: ImportChoices) => void;
}

/** A class's name and how many rows it has, heading its line. */
function ClassHeading({ rowClass, count }: { rowClass: ImportRowClass; count: number }) {
  const t = useT();
  return (
    <Typography variant="subtitle2" sx={{ flex: '1 1 180px', minWidth: 0 }} id={`import-choice-${rowClass}-label`}>
      {classLabel(rowClass, t)}
      <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontWeight: 400 }} data-testid="import-choice-count">
        {t('imports.commit.rows', { count })}
      </Box>
    </Typography>
  );
}

const LINE = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } } as const;

/**
 * What happens to each class of row, with its count from the check: new rows, a repeated row, a row
 * matching a pool customer each offer their choice; rows matching an owned customer and rows that
 * need fixing say they are always skipped.
 */
export function ImportClassChoices({ counts, choices, onChange }: Props) {
  const t = useT();
  return (
    <Paper variant="outlined" sx={{ mb: 3 }} data-testid="import-choices">
      {CHOOSABLE_CLASSES.map(({ rowClass, choice, options }) => (
        <Box key={rowClass} sx={LINE} data-testid={`import-choice-${rowClass}`} data-count={counts[rowClass]} data-choice={choices[choice]}>
          <ClassHeading rowClass={rowClass} count={counts[rowClass]} />
          <RadioGroup row aria-labelledby={`import-choice-${rowClass}-label`} name={choice} value={choices[choice]}
            onChange={(e) => onChange({ ...choices, [choice]: e.target.value })} sx={{ flex: '2 1 300px', columnGap: 1 }}>
            {options.map((option) => (
              <FormControlLabel key={option} value={option} control={<Radio size="small" />} data-testid={`import-choice-${rowClass}-${option}`}
                label={<Typography variant="body2">{choiceLabel(choice, option, t)}</Typography>} />
            ))}
          </RadioGroup>
        </Box>
      ))}
      {ALWAYS_SKIPPED_CLASSES.map((rowClass) => (
        <Box key={rowClass} sx={LINE} data-testid={`import-skipped-${rowClass}`} data-count={counts[rowClass]}>
          <ClassHeading rowClass={rowClass} count={counts[rowClass]} />
          <Typography variant="body2" color="text.secondary" sx={{ flex: '2 1 300px' }}>
            {t(`imports.alwaysSkipped.${rowClass}`)}
          </Typography>
        </Box>
      ))}
    </Paper>
  );
}
