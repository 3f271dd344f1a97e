import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isISO31661Alpha2 } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RiskClass } from './country-risk';
import { CountryRiskRating } from './country-risk-rating';
import { CountryRiskView, toCountryRiskView } from './dto/country-risk.view';
import { PutCountryRiskDto } from './dto/put-country-risk.dto';

/** The OECD country risk classes credit and political cover are priced by, kept by admins. */
@Injectable()
export class CountryRisksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CountryRiskView[]> {
    const rows = await this.dataSource.getRepository(CountryRiskRating).find({ order: { iso2: 'ASC' } });
    return rows.map(toCountryRiskView);
  }

  /** Sets a country's class; quotes already given keep the class they were priced at. */
  async put(admin: AuthUser, code: string, dto: PutCountryRiskDto): Promise<CountryRiskView> {
    const iso2 = code.toUpperCase();
    if (!isISO31661Alpha2(iso2)) {
      throw new DomainError('VALIDATION_FAILED', 'The country must be an ISO 3166-1 alpha-2 code such as TR', [{ field: 'iso2', errors: ['not a country code'] }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(CountryRiskRating, { where: { iso2 }, lock: { mode: 'pessimistic_write' } });
      await manager.upsert(CountryRiskRating, { iso2, riskClass: dto.riskClass as RiskClass | null, asOf: dto.asOf, updatedBy: admin.id }, ['iso2']);
      const saved = await manager.findOneOrFail(CountryRiskRating, { where: { iso2 } });
      await this.audit.record(manager, admin, {
        action: 'country_risk.put',
        targetType: 'country_risk',
        targetId: iso2,
        before: before ? { iso2, riskClass: before.riskClass, asOf: before.asOf } : undefined,
        after: { iso2, riskClass: saved.riskClass, asOf: saved.asOf },
      });
      return toCountryRiskView(saved);
    });
  }
}
