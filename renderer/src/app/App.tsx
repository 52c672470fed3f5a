import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../api/query-client';
import { Notices } from '../notices/Notices';
import { ConnectionBanner } from './ConnectionBanner';
import { Screens } from './Screens';
import { theme } from './theme';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} forceColorScheme="light">
      <QueryClientProvider client={client}>
        <ConnectionBanner />
        <Notices />
        <Screens />
      </QueryClientProvider>
    </MantineProvider>
  );
}
