import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FieldItem {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Labelled values as a description list, two columns from tablet width up. */
export function FieldList({ items, cols = 2 }: { items: FieldItem[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="xs" verticalSpacing={6} m={0}>
      {items.map((item) => (
        <Box key={item.label} data-testid={item.testId}>
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
