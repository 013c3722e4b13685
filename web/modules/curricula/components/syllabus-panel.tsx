import { Anchor, Badge, Button, Card, FileInput, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyllabiDto, SyllabusDto, SyllabusWindowDto } from '../../../../shared/modules/curricula/curricula.syllabi.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { api, postForm } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/use-format.ts';

/**
 * A discipline's syllabus / teaching kit (УМКД): the current file of each academic year to download,
 * the history for the department, and the upload with each year's deadline (closed automatically
 * N working days before the term, counted by the academic calendar).
 */

const syllabiPath = (disciplineId: string) => `/api/disciplines/${encodeURIComponent(disciplineId)}/syllabi`;
const fileHref = (disciplineId: string, syllabusId: string) => `${syllabiPath(disciplineId)}/${encodeURIComponent(syllabusId)}/file`;
const ACCEPT = '.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

function WindowLine({ window }: { window: SyllabusWindowDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vars = { year: window.academicYear, term: t(`calendar:termKind.${window.term}`), deadline: format.day(window.deadline), termStart: format.day(window.termStart) };
  const key = window.deadline === null ? 'curricula:syllabus.windowNoCalendar' : window.open ? 'curricula:syllabus.windowOpen' : 'curricula:syllabus.windowClosed';
  return (
    <Text size="sm" c={window.open ? undefined : 'red'} data-testid={`syllabus-window-${window.academicYear}`}>
      {t(key, vars)}
    </Text>
  );
}

function UploadForm({ disciplineId, data }: { disciplineId: string; data: SyllabiDto }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const open = data.windows.filter((w) => w.open);
  const [year, setYear] = useState<string | null>(open[0]?.academicYear ?? null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('academicYear', year ?? '');
      if (file) form.set('file', file, file.name);
      return postForm<SyllabusDto>(syllabiPath(disciplineId), form);
    },
    onSuccess: (created) => {
      notifications.show({ color: 'green', message: t('curricula:syllabus.uploaded', { name: created.fileName }) });
      setFile(null);
      void client.invalidateQueries({ queryKey: ['syllabi', disciplineId] });
    },
  });
  if (open.length === 0) return <Text size="sm" c="dimmed">{t('curricula:syllabus.allClosed')}</Text>;
  return (
    <Stack gap="xs" component="form" onSubmit={(event) => { event.preventDefault(); upload.mutate(); }} aria-label={t('curricula:syllabus.uploadTitle')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label={t('curricula:syllabus.year')} data={open.map((w) => w.academicYear)} value={year} onChange={setYear} allowDeselect={false} w={150} data-testid="syllabus-year" />
        <FileInput
          label={t('curricula:syllabus.file')}
          description={t('curricula:syllabus.fileHint', { maxKb: data.maxKb })}
          accept={ACCEPT}
          value={file}
          onChange={setFile}
          clearable
          style={{ flex: '1 1 220px' }}
          data-testid="syllabus-file"
        />
        <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} disabled={!file || !year} loading={upload.isPending} data-testid="syllabus-upload">
          {t('curricula:syllabus.upload')}
        </Button>
      </Group>
      {upload.error != null && <ErrorAlert error={upload.error} />}
    </Stack>
  );
}

/** The syllabus panel of one discipline; `canManage` (the owning department) adds the history and the upload. */
export function SyllabusPanel({ disciplineId, canManage }: { disciplineId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({ queryKey: ['syllabi', disciplineId], queryFn: () => api.get<SyllabiDto>(syllabiPath(disciplineId)) });
  const data = query.data;
  const manages = canManage && data?.canManage === true;
  const shown = (data?.items ?? []).filter((s) => manages || s.isCurrent);
  return (
    <Card withBorder component="section" aria-labelledby="syllabus-title" data-testid="syllabus-panel" padding="sm">
      <Title order={2} size="h4" id="syllabus-title" mb="xs">
        {t('curricula:syllabus.title')}
      </Title>
      {query.isLoading && <LoadingState />}
      {query.error != null && <QueryError error={query.error} />}
      {data && (
        <Stack gap="sm">
          {shown.length === 0 ? (
            <Text c="dimmed">{t('curricula:syllabus.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing={4} fz="sm" aria-label={manages ? t('curricula:syllabus.history') : t('curricula:syllabus.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('curricula:syllabus.year')}</Table.Th>
                    <Table.Th>{t('curricula:syllabus.fileName')}</Table.Th>
                    <Table.Th>{t('curricula:syllabus.uploadedAt')}</Table.Th>
                    {manages && <Table.Th>{t('curricula:syllabus.uploadedBy')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((s) => (
                    <Table.Tr key={s.id} data-testid={`syllabus-${s.id}`}>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {s.academicYear}
                          {manages && s.isCurrent && <Badge size="xs">{t('curricula:syllabus.current')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Anchor href={fileHref(disciplineId, s.id)} download={s.fileName} aria-label={`${t('curricula:syllabus.download')}: ${s.fileName}`}>
                          <Group gap={4} wrap="nowrap">
                            <IconDownload size={14} aria-hidden />
                            {s.fileName}
                          </Group>
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{format.dateTime(s.uploadedAt)}</Table.Td>
                      {manages && <Table.Td>{s.uploadedBy.name}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {manages && (
            <Stack gap={4}>
              {data.windows.map((w) => (
                <WindowLine key={w.academicYear} window={w} />
              ))}
              <UploadForm disciplineId={disciplineId} data={data} />
            </Stack>
          )}
        </Stack>
      )}
    </Card>
  );
}
