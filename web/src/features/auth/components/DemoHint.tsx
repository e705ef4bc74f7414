import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { graphql } from '../../../gql';

export const DEMO_HINT_QUERY = graphql(`
  query DemoHint {
    demoHint {
      logins
      password
    }
  }
`);

/** How many logins get a button; the rest are named in one line. */
const SHOWN = 4;

/**
 * The demo team's logins, where the first start created it (the server says so): a click fills
 * the form. Nothing at all on an install without the demo.
 */
export function DemoHint({ onPick }: { onPick: (email: string, password: string) => void }) {
  const t = useT();
  const { data } = useQuery(DEMO_HINT_QUERY);
  const hint = data?.demoHint;
  if (!hint || hint.logins.length === 0) return null;
  const more = hint.logins.length - SHOWN;
  return (
    <Alert severity="info" icon={false} data-testid="demo-hint">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t.rich('auth.demo.intro', {
          password: hint.password,
          b: (chunks) => <Box component="strong" sx={{ whiteSpace: 'nowrap' }}>{chunks}</Box>,
        })}
      </Typography>
      <Stack direction="row" spacing={0.75} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {hint.logins.slice(0, SHOWN).map((email) => (
          <Chip key={email} size="small" label={email.split('@')[0]} onClick={() => onPick(email, hint.password)} data-testid="demo-login" data-email={email} />
        ))}
      </Stack>
      {more > 0 ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75, overflowWrap: 'anywhere' }}>
          {t('auth.demo.more', { logins: hint.logins.slice(SHOWN).join(', ') })}
        </Typography>
      ) : null}
    </Alert>
  );
}
