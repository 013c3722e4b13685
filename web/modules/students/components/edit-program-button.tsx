import { Button, Modal, Select, Stack } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import { programName, useLang } from '../hooks/use-structure-options.ts';
import { EditProgramModal } from './edit-program-modal.tsx';

/** "Edit a program": choose which one (by code or name), then edit it. */
export function EditProgramButton({ programs }: { programs: ProgramDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [choosing, setChoosing] = useState(false);
  const [program, setProgram] = useState<ProgramDto | null>(null);
  const options = [...programs].sort((a, b) => a.code.localeCompare(b.code)).map((p) => ({ value: p.id, label: `${p.code} — ${programName(p, lang)}` }));
  return (
    <>
      <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setChoosing(true)} disabled={programs.length === 0} data-testid="edit-program">
        {t('students-card:program.edit')}
      </Button>
      <Modal opened={choosing} onClose={() => setChoosing(false)} title={t('students-card:program.edit')}>
        <Stack gap="sm">
          <Select
            label={t('students-card:program.choose')}
            searchable
            data-autofocus
            data={options}
            value={null}
            nothingFoundMessage={t('common:search.nothingFound')}
            data-testid="edit-program-choose"
            onChange={(id) => {
              setProgram(programs.find((p) => p.id === id) ?? null);
              setChoosing(false);
            }}
          />
        </Stack>
      </Modal>
      {program && <EditProgramModal key={program.id} program={program} onClose={() => setProgram(null)} />}
    </>
  );
}
