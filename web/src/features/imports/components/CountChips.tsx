import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useFormat } from '../../../i18n/I18nProvider';

interface Props<Code extends string> {
  codes: readonly Code[];
  counts: Record<Code, number>;
  colors: Record<Code, ChipProps['color']>;
  label: (code: Code) => string;
  selected: Code;
  onSelect: (code: Code) => void;
  /** The group's accessible name ("Rows by class"). */
  groupLabel: string;
  /** Test ids: the group is `<testId>-counts`, each chip `<testId>-<CODE>`, its count `<testId>-count`. */
  testId: string;
}

/** Rows per code, each a chip that shows its rows below; they wrap rather than scroll, so every count stays in view on a phone. */
export function CountChips<Code extends string>({ codes, counts, colors, label, selected, onSelect, groupLabel, testId }: Props<Code>) {
  const fmt = useFormat();
  return (
    <Box role="group" aria-label={groupLabel} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }} data-testid={`${testId}-counts`}>
      {codes.map((code) => (
        <Chip
          key={code}
          clickable
          size="medium"
          color={colors[code]}
          variant={code === selected ? 'filled' : 'outlined'}
          aria-pressed={code === selected}
          onClick={() => onSelect(code)}
          data-testid={`${testId}-${code}`}
          data-count={counts[code]}
          label={
            <>
              {label(code)}
              <Box component="span" sx={{ ml: 0.75, fontWeight: 700 }} data-testid={`${testId}-count`}>
                {fmt.count(counts[code])}
              </Box>
            </>
          }
        />
      ))}
    </Box>
  );
}
