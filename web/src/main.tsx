import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppApollo } from './app/apollo/create-apollo-client';

// Created once, outside React: the client and its socket must survive re-renders and StrictMode.
const apollo = createAppApollo();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apollo={apollo} />
  </StrictMode>,
);
