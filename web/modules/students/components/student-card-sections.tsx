import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { FieldList } from './field-list.tsx';

function Section({ id, title, testId, children }: { id: string; title: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * The card's fields in groups: identity, personal documents, contacts, previous education and ORT.
 * The server sends documents only to readers who may see them; to others the group says "no access".
 */
export function StudentCardSections({ student, canReadPersonal }: { student: StudentDto; canReadPersonal: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const documentsHidden =
    !canReadPersonal && student.personalNumber === null && student.passportNumber === null && student.address === null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section id="card-identity" title={t('students:card.identity')} testId="student-identity">
        <FieldList
          items={[
            { label: t('common:person.lastName'), value: student.lastName },
            { label: t('common:person.firstName'), value: student.firstName },
            { label: t('common:person.patronymic'), value: student.patronymic },
            { label: t('students:field.latinName'), value: [student.lastNameLatin, student.firstNameLatin].filter(Boolean).join(' ') },
            { label: t('students:field.birthDate'), value: format.day(student.birthDate) },
            { label: t('students:field.gender'), value: t(`students:gender.${student.gender}`) },
            { label: t('students:field.nationality'), value: student.nationality },
            { label: t('students:field.citizenship'), value: student.citizenship },
            { label: t('common:person.username'), value: student.username },
          ]}
        />
      </Section>
      <Section id="card-documents" title={t('students:card.documents')} testId="student-documents">
        {documentsHidden ? (
          <Text size="sm" c="dimmed" data-testid="documents-no-access">
            <IconLock size={14} aria-hidden /> {t('students:card.noAccess')}
          </Text>
        ) : (
          <FieldList
            items={[
              { label: t('students:field.personalNumber'), value: student.personalNumber, testId: 'card-personal-number' },
              { label: t('students:field.passportNumber'), value: student.passportNumber },
              { label: t('students:field.address'), value: student.address },
            ]}
          />
        )}
      </Section>
      <Section id="card-contacts" title={t('students:card.contacts')} testId="student-contacts">
        <FieldList
          items={[
            { label: t('students:field.phone'), value: student.phone },
            { label: t('students:field.email'), value: student.email },
          ]}
        />
      </Section>
      <Section id="card-education" title={t('students:card.education')} testId="student-education">
        <FieldList
          items={[
            { label: t('students:field.previousEducation'), value: student.previousEducation },
            { label: t('students:field.ortCertificate'), value: student.ortCertificate },
            { label: t('students:field.ortScore'), value: student.ortScore === null ? null : format.number(student.ortScore) },
          ]}
        />
      </Section>
    </SimpleGrid>
  );
}
