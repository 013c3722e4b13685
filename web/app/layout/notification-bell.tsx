import { ActionIcon, Box, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationDto } from '../../../shared/notifications/notifications.contracts.ts';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { useFormat } from '../../lib/use-format.ts';
import { useLatestNotifications, useMarkNotificationsRead, useUnreadNotifications } from './use-notifications.ts';

function NotificationItem({ item, onOpen }: { item: NotificationDto; onOpen: (item: NotificationDto) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const isUnread = item.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      data-testid={`notification-${item.id}`}
      data-unread={isUnread || undefined}
      px="sm"
      py={8}
      style={{ display: 'block', width: '100%', borderRadius: 'var(--mantine-radius-sm)', background: isUnread ? 'var(--mantine-color-blue-light)' : undefined }}
    >
      <Text size="sm" fw={isUnread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
        {isUnread && <VisuallyHidden>{`${t('notifications:bell.unread')}: `}</VisuallyHidden>}
        {item.text}
      </Text>
      <Text size="xs" c="dimmed" component="time" dateTime={item.createdAt}>
        {fmt.dateTime(item.createdAt)}
      </Text>
    </UnstyledButton>
  );
}

function NotificationList({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { list, isPending, error } = useLatestNotifications(true);
  const { markRead, markAllRead, isMarkingAll } = useMarkNotificationsRead();

  const open = (item: NotificationDto) => {
    if (item.readAt === null) markRead(item.id);
    if (item.link !== null) {
      onClose();
      void navigate(item.link);
    }
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" wrap="nowrap" px="sm" py={6}>
        <Text fw={600} size="sm">
          {t('notifications:bell.label')}
        </Text>
        <Button variant="subtle" size="compact-xs" onClick={() => markAllRead()} loading={isMarkingAll} disabled={list.unread === 0} data-testid="notifications-read-all">
          {t('notifications:bell.markAllRead')}
        </Button>
      </Group>
      <Divider />
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <Box p="sm">
          <ErrorAlert error={error} />
        </Box>
      ) : list.items.length === 0 ? (
        <Box p="md" data-testid="notifications-empty">
          <Text size="sm" fw={500}>
            {t('notifications:bell.empty')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('notifications:bell.emptyHint')}
          </Text>
        </Box>
      ) : (
        <ScrollArea.Autosize mah="min(70vh, 480px)" type="auto">
          <Stack gap={2} p={4} component="ul" style={{ listStyle: 'none', margin: 0 }}>
            {list.items.map((item) => (
              <li key={item.id}>
                <NotificationItem item={item} onOpen={open} />
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

/** The bell in the header: the unread count on it, the latest notifications under it. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadNotifications();
  const [opened, setOpened] = useState(false);
  const label = unread > 0 ? t('notifications:bell.labelUnread', { count: unread }) : t('notifications:bell.label');
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width="min(380px, calc(100vw - 16px))" shadow="md" withinPortal trapFocus returnFocus transitionProps={{ duration: 0 }}>
      {/* the target is the button itself: on the Indicator's div, aria-haspopup is not allowed (axe aria-allowed-attr) */}
      <Indicator label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>} disabled={unread === 0} size={16} offset={4} color="red" inline>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} onClick={() => setOpened((o) => !o)} data-testid="notification-bell">
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-label={t('notifications:bell.label')}>
        {opened && <NotificationList onClose={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}
