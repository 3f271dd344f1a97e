import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { ApplicationForm, applicationDto } from './page-forms';

export const APPLICATION_FIELDS = [
  'name',
  'ice',
  'region',
  'city',
  'address',
  'descriptionEn',
  'descriptionFr',
  'descriptionAr',
  'foundedYear',
  'membersTotal',
  'membersWomen',
  'membersYouth',
  'membersRural',
  'contactEmail',
  'phone',
] as const;
export type ApplicationFields = Record<(typeof APPLICATION_FIELDS)[number], string> & { branches: string[] };

/** An artisan's application for a new cooperative, through CooperativesService.apply (pending, applicant manager). */
@Injectable()
export class CooperativeApplicationService {
  constructor(private readonly cooperatives: CooperativesService) {}

  readFields(body: Record<string, unknown>): ApplicationFields {
    const text = (name: string): string => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const branches = ([] as unknown[]).concat(body.branches ?? []).filter((b): b is string => typeof b === 'string');
    return {
      ...(Object.fromEntries(APPLICATION_FIELDS.map((name) => [name, text(name)])) as Record<(typeof APPLICATION_FIELDS)[number], string>),
      branches,
    };
  }

  apply(user: AuthUser, form: ApplicationForm): Promise<unknown> {
    return this.cooperatives.apply(user, applicationDto(form));
  }
}
