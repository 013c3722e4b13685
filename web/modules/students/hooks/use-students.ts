import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StudentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { getStudent, searchStudents, type StudentsQuery } from '../api/students-api.ts';

export function useStudents(query: StudentsQuery, enabled = true) {
  return useQuery({
    queryKey: ['students', query],
    queryFn: ({ signal }) => searchStudents(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStudent(id: string | null | undefined) {
  return useQuery({ queryKey: ['student', id], queryFn: () => getStudent(id ?? ''), enabled: id != null && id !== '' });
}

/** After a change to a card or an order: show the answer at once when there is one, and refresh the lists. */
export function useStudentsChanged() {
  const client = useQueryClient();
  return (student?: StudentDto) => {
    if (student) client.setQueryData(['student', student.id], student);
    else void client.invalidateQueries({ queryKey: ['student'] });
    void client.invalidateQueries({ queryKey: ['students'] });
    void client.invalidateQueries({ queryKey: ['group-list'] });
  };
}
