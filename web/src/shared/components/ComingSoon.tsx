import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { useT } from '../../i18n/I18nProvider';

export interface PlannedFeature {
  title: string;
  description: string;
}

interface Props {
  icon: ReactNode;
  /** One sentence on what the page is for. */
  summary: string;
  /** Who will use it, e.g. "For reps". */
  audience: string;
  features: PlannedFeature[];
}

/** A placeholder that tells people concretely what is coming, so a bare page is never mistaken for a bug. */
export function ComingSoon({ icon, summary, audience, features }: Props) {
  const t = useT();
  return (
    <Card data-testid="coming-soon">
      <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: { sm: 'flex-start' } }}>
          <Box
            sx={{
              width: 56,
              height: 56,
              flexShrink: 0,
              borderRadius: 3,
              display: 'grid',
              placeItems: 'center',
              bgcolor: 'rgba(15, 76, 92, 0.08)',
              color: 'primary.main',
              '& svg': { fontSize: 30 },
            }}
          >
            {icon}
          </Box>
          <Box sx={{ flex: 1 }}>
            <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }}>
              <Chip label={t('shared.comingSoon.badge')} color="secondary" variant="outlined" />
              <Chip label={audience} variant="outlined" />
            </Stack>
            <Typography variant="body1" sx={{ mb: 2.5, maxWidth: 680 }}>
              {summary}
            </Typography>
            <Stack component="ul" spacing={1.75} sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {features.map((feature) => (
                <Stack component="li" key={feature.title} direction="row" spacing={1.5}>
                  <CheckCircleOutlined color="primary" fontSize="small" sx={{ mt: '2px' }} />
                  <Box>
                    <Typography variant="subtitle2">{feature.title}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {feature.description}
                    </Typography>
                  </Box>
                </Stack>
              ))}
            </Stack>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}
