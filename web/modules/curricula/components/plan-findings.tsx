import { Alert, Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FindingDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';

/** "Discipline CS101 · semester 2 · year 1 · group E1": where a finding is. */
export function whereOf(t: TFunction, finding: FindingDto): string {
  const { discipline, semester, year, group } = finding.where;
  const parts = [
    discipline && t('curricula:findings.whereDiscipline', { discipline }),
    semester !== undefined && t('curricula:findings.whereSemester', { semester }),
    year !== undefined && t('curricula:findings.whereYear', { year }),
    group && t('curricula:findings.whereGroup', { group }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? parts.join(' · ') : t('curricula:findings.wherePlan');
}

interface Props {
  findings: FindingDto[];
  /** the editor holds changes the findings do not know yet */
  isStale: boolean;
  onSelect: (finding: FindingDto) => void;
}

/** What the server's validation says about the saved plan: errors (they stop approval) and warnings, each where and why. */
export function PlanFindings({ findings, isStale, onSelect }: Props) {
  const { t } = useTranslation();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <Paper withBorder p="sm" data-testid="plan-findings">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">{t('curricula:findings.title')}</Title>
          <Group gap={4}>
            <Badge color={errors.length ? 'red' : 'gray'} variant="light" tt="none" data-testid="findings-errors">{t('curricula:findings.errors', { n: errors.length })}</Badge>
            <Badge color={warnings.length ? 'yellow' : 'gray'} variant="light" tt="none" data-testid="findings-warnings">{t('curricula:findings.warnings', { n: warnings.length })}</Badge>
          </Group>
        </Group>
        {isStale && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} data-testid="findings-stale">
            {t('curricula:findings.stale')}
          </Alert>
        )}
        {findings.length === 0 ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} data-testid="findings-none">
            {t('curricula:findings.none')}
          </Alert>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {[...errors, ...warnings].map((finding, i) => (
              <li key={`${finding.code}-${i}`}>
                <UnstyledButton onClick={() => onSelect(finding)} data-testid="plan-finding" data-severity={finding.severity} data-code={finding.code} w="100%" p={6} style={{ borderLeft: `3px solid var(--mantine-color-${finding.severity === 'error' ? 'red' : 'yellow'}-filled)`, borderRadius: 4 }}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconAlertTriangle size={16} color={`var(--mantine-color-${finding.severity === 'error' ? 'red' : 'yellow'}-filled)`} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    <Stack gap={0}>
                      <Text size="xs" fw={600}>
                        {t(`curricula:findings.severity.${finding.severity}`)} · {whereOf(t, finding)}
                      </Text>
                      <Text size="sm">{finding.message}</Text>
                    </Stack>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
