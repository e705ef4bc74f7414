import Alert from '@mui/material/Alert';
import { useT } from '../../../i18n/I18nProvider';
import type { CustomerAccess } from './CollaboratorList.fragment';

/** Tells a collaborator what they may do here; the owner's side needs no notice. */
export function AccessNotice({ access }: { access: CustomerAccess }) {
  const t = useT();
  if (access === 'FULL') return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="access-notice" data-access={access}>
      {t(access === 'READ' ? 'collaborators.notice.READ' : 'collaborators.notice.WRITE')}
    </Alert>
  );
}
