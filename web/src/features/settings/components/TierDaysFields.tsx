import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import type { TierDaysForm, TierOverrideForm } from '../pool-policy-form';
import { FullRow } from './PolicySection';
import { PolicyNumberField } from './PolicyNumberField';

/** The default and one box per tier side by side on wide screens, two by two on tablets, stacked on phones. */
const GRID_COLUMNS = { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' };

interface Props extends PolicySectionProps {
  field: 'protectionDays' | 'noDealDays';
  hint: string;
}

/**
 * A day count and its per-tier overrides, in one row. A blank tier box takes the default. The no-deal limit
 * can also be off: as a whole (the switch) or for one tier (its "Off" box).
 */
export function TierDaysFields({ form, field, hint, disabled }: Props) {
  const t = useT();
  const label = t(`settings.field.${field}`);
  const days = t('settings.unitName.day');
  const off = t('settings.off');
  const setting = form.values[field];
  const nullable = field === 'noDealDays';
  const change = (patch: Partial<TierDaysForm>) => form.setValue(field, { ...setting, ...patch });
  const changeTier = (code: string, patch: Partial<TierOverrideForm>) =>
    change({ byTier: { ...setting.byTier, [code]: { ...setting.byTier[code], ...patch } } });
  const defaultOff = nullable && setting.off;
  const inherited = defaultOff ? t('settings.tier.defaultOff') : t('settings.tier.default', { value: setting.default.trim() || t('common.none') });
  const switchInput = { 'data-testid': `policy-${field}.on`, 'aria-label': t('settings.tier.ruleOn', { field: label }) };

  function toggleRule(on: boolean) {
    const fallback = String(DEFAULT_POOL_POLICY.noDealDays.default ?? 90);
    change({ off: !on, default: on && setting.default.trim() === '' ? fallback : setting.default });
  }

  return (
    <FullRow>
      <Box sx={{ display: 'grid', gridTemplateColumns: GRID_COLUMNS, columnGap: 2, rowGap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, minWidth: 0 }}>
          {nullable ? (
            <Switch checked={!setting.off} onChange={(e) => toggleRule(e.target.checked)} disabled={disabled} slotProps={{ input: switchInput }} sx={{ mt: 0.25, flexShrink: 0 }} />
          ) : null}
          <PolicyNumberField
            path={`${field}.default`}
            label={label}
            unit={days}
            value={defaultOff ? '' : setting.default}
            placeholder={defaultOff ? off : undefined}
            onChange={(value) => change({ default: value })}
            onBlur={() => form.touch(field)}
            error={form.errorFor(`${field}.default`, { exact: true })}
            hint={t('settings.hint.tiersLeftBlank', { hint })}
            disabled={disabled || defaultOff}
          />
        </Box>
        {form.tierRows.map((tier) => {
          const own = setting.byTier[tier.code] ?? { days: '', off: false };
          const offInput = { 'data-testid': `policy-${field}.byTier.${tier.code}.off`, 'aria-label': t('settings.tier.offFor', { field: label, tier: tier.name }) };
          return (
            <Box key={tier.code} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, minWidth: 0 }} data-testid={`tier-${field}-${tier.code}`}>
              <PolicyNumberField
                path={`${field}.byTier.${tier.code}`}
                label={tier.name}
                unit={days}
                value={own.off ? '' : own.days}
                placeholder={own.off ? off : inherited}
                onChange={(value) => changeTier(tier.code, { days: value })}
                onBlur={() => form.touch(field)}
                error={form.errorFor(`${field}.byTier.${tier.code}`, { exact: true })}
                disabled={disabled || own.off}
              />
              {nullable ? (
                <FormControlLabel
                  label={off}
                  sx={{ mr: 0, mt: 0.5, flexShrink: 0 }}
                  control={<Checkbox checked={own.off} onChange={(e) => changeTier(tier.code, { off: e.target.checked })} disabled={disabled} slotProps={{ input: offInput }} />}
                />
              ) : null}
            </Box>
          );
        })}
      </Box>
    </FullRow>
  );
}
