import { Alert, Button, Card, Center, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconRocket } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadDemo } from '../api/hooks/use-app';
import { errorMessage } from '../i18n/error-message';
import { CreateStoreForm } from './CreateStoreForm';
import { SetupCodeForm } from './SetupCodeForm';

/** The page around either step of setup: the welcome heading, then the step. */
function SetupPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ScrollArea h="100%" bg="gray.1">
      <Center p="lg">
        <Stack maw={980} w="100%" gap="lg">
          <div>
            <Title order={1}>{t('setup.title')}</Title>
            <Text size="lg" c="dimmed">
              {t('setup.subtitle')}
            </Text>
          </div>
          {children}
        </Stack>
      </Center>
    </ScrollArea>
  );
}

export function SetupScreen({ allowed }: { allowed: boolean }) {
  const { t } = useTranslation();
  const demo = useLoadDemo();
  if (!allowed) {
    return (
      <SetupPage>
        <SetupCodeForm />
      </SetupPage>
    );
  }
  return (
    <SetupPage>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Card withBorder shadow="sm" padding="lg" radius="lg" w={320}>
          <Stack>
            <Group gap="xs">
              <IconRocket />
              <Title order={2} size="h3">
                {t('setup.demoTitle')}
              </Title>
            </Group>
            <Text>{t('setup.demoText')}</Text>
            <Button size="xl" onClick={() => demo.mutate()} loading={demo.isPending}>
              {t('setup.demoButton')}
            </Button>
            {demo.isError && (
              <Alert role="alert" color="red">
                {errorMessage(t, demo.error)}
              </Alert>
            )}
          </Stack>
        </Card>
        <Card withBorder shadow="sm" padding="lg" radius="lg" style={{ flex: 1, minWidth: 420 }}>
          <Stack>
            <Group gap="xs">
              <IconBuildingStore />
              <Title order={2} size="h3">
                {t('setup.createTitle')}
              </Title>
            </Group>
            <CreateStoreForm />
          </Stack>
        </Card>
      </Group>
    </SetupPage>
  );
}
