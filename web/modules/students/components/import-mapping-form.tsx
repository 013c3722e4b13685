import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../../shared/modules/students/students.vocabulary.ts';
import type { ImportMapping } from '../api/import-api.ts';

/** One choice per card field: which column of the file fills it (required fields marked). */
export function ImportMappingForm({ headers, mapping, onChange }: { headers: string[]; mapping: ImportMapping; onChange: (next: ImportMapping) => void }) {
  const { t } = useTranslation();
  const data = headers.filter((h) => h.trim() !== '').map((h) => ({ value: h, label: h }));
  const set = (field: ImportField, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="import-mapping">
      {IMPORT_FIELDS.map((field) => (
        <Select
          key={field}
          label={t(`students-export:columns.${field}`)}
          placeholder={t('students-import:mapping.none')}
          withAsterisk={REQUIRED_IMPORT_FIELDS.includes(field)}
          data={data}
          value={mapping[field] ?? null}
          onChange={(value) => set(field, value)}
          clearable
          searchable
          data-testid={`map-${field}`}
        />
      ))}
    </SimpleGrid>
  );
}
