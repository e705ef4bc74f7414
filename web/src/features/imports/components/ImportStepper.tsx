import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useT } from '../../../i18n/I18nProvider';
import { IMPORT_STEPS, type ImportStep } from '../import-steps';

/** Upload → Columns → Check: where an import stands; `done` marks the current step finished too. */
export function ImportStepper({ step, done = false }: { step: ImportStep; done?: boolean }) {
  const t = useT();
  const active = IMPORT_STEPS.indexOf(step);
  return (
    <Stepper activeStep={done ? active + 1 : active} alternativeLabel sx={{ mb: 3 }} data-testid="import-stepper" data-step={step}>
      {IMPORT_STEPS.map((s) => (
        <Step key={s}>
          <StepLabel>{t(`imports.step.${s}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
