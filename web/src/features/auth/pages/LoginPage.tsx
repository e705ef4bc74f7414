import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { BrandMark } from '../../../shared/components/BrandMark';
import { DemoHint } from '../components/DemoHint';
import { useLogin } from '../hooks/useLogin';
import { loginRetryAt, loginThrottledMessage } from '../login-throttle';
import { ME_QUERY } from '../me-query';

/** Where to go after signing in: back to the page that sent the visitor here, if any. */
function useReturnPath(): string {
  const state = useLocation().state as { from?: string } | null;
  const from = state?.from;
  return from && from.startsWith('/') && !from.startsWith('/login') ? from : '/customers';
}

export function LoginPage() {
  const t = useT();
  const fmt = useFormat();
  const returnPath = useReturnPath();
  const navigate = useNavigate();
  const handleError = useErrorHandler();
  const { data } = useQuery(ME_QUERY);
  const { login, loading } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Kept as the failure, not its words, so switching the language rewords it.
  const [failure, setFailure] = useState<{ error: unknown; at: Date } | null>(null);

  if (data?.me) return <Navigate to={returnPath} replace />;

  let problem: string | null = null;
  if (failure) {
    const described = describeError(failure.error, t);
    problem = described.code === 'LOGIN_THROTTLED' ? loginThrottledMessage(loginRetryAt(failure.error), failure.at, t, fmt) : described.message;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await login(email, password);
      navigate(returnPath, { replace: true });
    } catch (error) {
      handleError(error, { inline: true });
      setFailure({ error, at: new Date() });
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Card sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 3 }}>
            <BrandMark size={44} />
            <Typography variant="h2" component="h1">
              {t('auth.login.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
              {t('auth.login.tagline')}
            </Typography>
          </Stack>
          <Box component="form" onSubmit={submit} noValidate data-testid="login-form">
            <Stack spacing={2}>
              {problem ? (
                <Alert severity="error" data-testid="login-error">
                  {problem}
                </Alert>
              ) : null}
              <TextField
                label={t('auth.login.email')}
                name="email"
                type="email"
                autoComplete="username"
                autoFocus
                required
                fullWidth
                size="medium"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <TextField
                label={t('auth.login.password')}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                fullWidth
                size="medium"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={loading || !email.trim() || !password}
                data-testid="login-submit"
              >
                {loading ? t('auth.login.submitting') : t('auth.login.submit')}
              </Button>
              <DemoHint
                onPick={(pickedEmail, pickedPassword) => {
                  setEmail(pickedEmail);
                  setPassword(pickedPassword);
                }}
              />
            </Stack>
          </Box>
          {/* Before sign-in the page follows the browser; this lets someone pick before the first sign-in. */}
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 3 }}>
            <LanguageSwitch />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
