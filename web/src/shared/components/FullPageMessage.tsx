import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface Props {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  testId?: string;
}

/** Empty, missing and failed states share one calm layout. */
export function FullPageMessage({ icon, title, description, action, testId }: Props) {
  return (
    <Box
      data-testid={testId}
      sx={{ textAlign: 'center', py: { xs: 6, sm: 10 }, px: 2, maxWidth: 520, mx: 'auto' }}
    >
      {icon ? <Box sx={{ color: 'text.secondary', mb: 2, '& svg': { fontSize: 48 } }}>{icon}</Box> : null}
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {description}
        </Typography>
      ) : null}
      {action}
    </Box>
  );
}
