import { Badge, Select, type SelectProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';

/** The curricula vocabularies (`curricula:<group>.<value>`) as select options and badges. */
export type CurriculaVocabulary = 'hourKind' | 'controlForm' | 'cycle' | 'component' | 'track' | 'groupKind' | 'disciplineKind' | 'practiceKind' | 'planKind' | 'planStatus';

export function curriculaOptions(t: TFunction, group: CurriculaVocabulary, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`curricula:${group}.${value}`) }));
}

/** A Select over one of the vocabularies. */
export function CurriculaSelect({ group, values, ...props }: Omit<SelectProps, 'data'> & { group: CurriculaVocabulary; values: readonly string[] }) {
  const { t } = useTranslation();
  return <Select allowDeselect={false} {...props} data={curriculaOptions(t, group, values)} />;
}

const STATUS_COLOR: Record<PlanStatus, string> = { draft: 'gray', approved: 'green', superseded: 'yellow' };

/** A plan's status: draft, approved, superseded. */
export function PlanStatusBadge({ status, size = 'sm' }: { status: PlanStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={STATUS_COLOR[status]} tt="none" data-testid="plan-status">
      {t(`curricula:planStatus.${status}`)}
    </Badge>
  );
}
