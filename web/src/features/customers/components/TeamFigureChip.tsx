import Chip from '@mui/material/Chip';
import { useT } from '../../../i18n/I18nProvider';
import { useDepartments } from '../../team/hooks/useDepartments';
import { teamFigureChipLabel } from '../../team/team-labels';
import type { TeamFigureFilter } from '../../team/team-types';
import { useCustomerLookups } from '../hooks/useCustomerLookups';

interface Props {
  filter: TeamFigureFilter;
  viewerId: string;
  viewerName: string;
  showOwner: boolean;
  onRemove: () => void;
}

/** Names the Team-page number the list is showing ("Holdings · Li Wei"); removing it shows the whole list again. */
export function TeamFigureChip({ filter, viewerId, viewerName, showOwner, onRemove }: Props) {
  const t = useT();
  const { teamMembers } = useCustomerLookups({ withOwners: showOwner });
  const { departments } = useDepartments({ skip: !filter.departmentId });
  const who = filter.repId
    ? filter.repId === viewerId
      ? viewerName
      : (teamMembers.find((m) => m.id === filter.repId)?.name ?? null)
    : filter.departmentId
      ? (departments.find((d) => d.id === filter.departmentId)?.name ?? null)
      : null;
  return (
    <Chip
      label={teamFigureChipLabel(filter.figure, who, t)}
      onDelete={onRemove}
      color="primary"
      variant="outlined"
      size="medium"
      data-testid="team-figure-chip"
      data-figure={filter.figure}
      sx={{ mb: 1.5, maxWidth: '100%' }}
    />
  );
}
