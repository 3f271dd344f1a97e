import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { FieldError, flattenValidationErrors } from '../common/http/validation.pipe';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { CreateCooperativeDto } from '../cooperatives/dto/create-cooperative.dto';

export const APPLICATION_FIELDS = [
  'name', 'ice', 'region', 'city', 'address', 'descriptionEn', 'descriptionFr', 'descriptionAr', 'foundedYear',
  'membersTotal', 'membersWomen', 'membersYouth', 'membersRural', 'contactEmail', 'phone',
] as const;
export type ApplicationFields = Record<(typeof APPLICATION_FIELDS)[number], string> & { branches: string[] };

const FIELD_OF: Record<string, string> = {
  'description.en': 'descriptionEn', 'description.fr': 'descriptionFr', 'description.ar': 'descriptionAr',
  'members.total': 'membersTotal', 'members.women': 'membersWomen', 'members.youth': 'membersYouth', 'members.rural': 'membersRural',
};

const whole = (text: string): number | string | undefined => (text === '' ? undefined : /^\d{1,9}$/.test(text) ? Number(text) : text);

function fieldErrors(problems: FieldError[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.field.replace(/\[\d+\]$/, '');
    errors[FIELD_OF[field] ?? ((APPLICATION_FIELDS as readonly string[]).includes(field) || field === 'branches' ? field : 'form')] ??= problem.errors[0];
  }
  return errors;
}

/** An artisan's application for a new cooperative, through CooperativesService.apply (pending, applicant manager). */
@Injectable()
export class CooperativeApplicationService {
  constructor(private readonly cooperatives: CooperativesService) {}

  readFields(body: Record<string, unknown>): ApplicationFields {
    const text = (name: string): string => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const branches = ([] as unknown[]).concat(body.branches ?? []).filter((b): b is string => typeof b === 'string');
    return { ...(Object.fromEntries(APPLICATION_FIELDS.map((name) => [name, text(name)])) as Record<(typeof APPLICATION_FIELDS)[number], string>), branches };
  }

  async apply(user: AuthUser, fields: ApplicationFields): Promise<Record<string, string>> {
    const optional = (value: string): string | undefined => value || undefined;
    const dto = plainToInstance(CreateCooperativeDto, {
      name: fields.name,
      ice: fields.ice.replace(/\s+/g, ''),
      region: fields.region,
      city: fields.city,
      address: optional(fields.address),
      branches: fields.branches,
      description: { en: fields.descriptionEn, fr: optional(fields.descriptionFr), ar: optional(fields.descriptionAr) },
      foundedYear: whole(fields.foundedYear),
      members: { total: whole(fields.membersTotal), women: whole(fields.membersWomen), youth: whole(fields.membersYouth), rural: whole(fields.membersRural) },
      contactEmail: fields.contactEmail,
      phone: optional(fields.phone),
    });
    const problems = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) return fieldErrors(problems);
    try {
      await this.cooperatives.apply(user, dto);
      return {};
    } catch (error) {
      if (error instanceof DomainError && error.code === 'ICE_TAKEN') return { ice: error.message };
      if (error instanceof DomainError && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) return fieldErrors(error.details as FieldError[]);
      throw error;
    }
  }
}
