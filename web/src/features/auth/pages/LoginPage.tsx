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
  const returnPath = useReturnPath();
  const navigate = useNavigate();
  const handleError = useErrorHandler();
  const { data } = useQuery(ME_QUERY);
  const { login, loading } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (data?.me) return <Navigate to={returnPath} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await login(email, password);
      navigate(returnPath, { replace: true });
    } catch (error) {
      const { code, message } = handleError(error, { inline: true });
      setProblem(code === 'LOGIN_THROTTLED' ? loginThrottledMessage(loginRetryAt(error), new Date()) : message);
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Card sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 3 }}>
            <BrandMark size={44} />
            <Typography variant="h2" component="h1">
              Sign in to Berth
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
              Clear customer ownership for your sales team.
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
                label="Email"
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
                label="Password"
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
                {loading ? 'Signing in…' : 'Sign in'}
              </Button>
              <DemoHint
                onPick={(pickedEmail, pickedPassword) => {
                  setEmail(pickedEmail);
                  setPassword(pickedPassword);
                }}
              />
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
