import type { UnitDto } from '../../../../shared/modules/org/org.contracts.ts';
import { api } from '../../../lib/api-client.ts';

export const listUnits = () => api.get<UnitDto[]>('/api/units');
