import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { TransferReceiverMode } from '../transfer-types';

const MODES: readonly TransferReceiverMode[] = ['SPREAD', 'ONE', 'POOL'];

interface Props {
  value: TransferReceiverMode;
  onChange: (mode: TransferReceiverMode) => void;
}

/** Where a rep's customers go: one rep, shared over chosen reps, or the public pool. */
export function ReceiverModeField({ value, onChange }: Props) {
  const t = useT();
  return (
    <FormControl fullWidth>
      <FormLabel id="transfer-mode-label">{t('transfers.start.mode')}</FormLabel>
      <RadioGroup aria-labelledby="transfer-mode-label" name="receiverMode" value={value} onChange={(e) => onChange(e.target.value as TransferReceiverMode)}>
        {MODES.map((mode) => (
          <FormControlLabel
            key={mode}
            value={mode}
            control={<Radio size="small" />}
            data-testid={`transfer-mode-${mode}`}
            sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(`transfers.start.mode.${mode}`)}</Typography>
                <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {t(`transfers.start.mode.${mode}.hint`)}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
