import { Injectable } from '@nestjs/common';
import { isISO31661Alpha2 } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { RiskClass } from './country-risk';
import { CountryRiskRepository } from './country-risk.repository';
import { CountryRiskView, toCountryRiskView } from './dto/country-risk.view';
import { PutCountryRiskDto } from './dto/put-country-risk.dto';

/** The OECD country risk classes credit and political cover are priced by, kept by admins. */
@Injectable()
export class CountryRisksService {
  constructor(
    private readonly transactions: Transactions,
    private readonly countryRisks: CountryRiskRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CountryRiskView[]> {
    return (await this.countryRisks.list()).map(toCountryRiskView);
  }

  /** Sets a country's class; quotes already given keep the class they were priced at. */
  async put(admin: AuthUser, code: string, dto: PutCountryRiskDto): Promise<CountryRiskView> {
    const iso2 = code.toUpperCase();
    if (!isISO31661Alpha2(iso2)) {
      throw new DomainError('VALIDATION_FAILED', 'The country must be an ISO 3166-1 alpha-2 code such as TR', [
        { field: 'iso2', errors: ['not a country code'] },
      ]);
    }
    return this.transactions.run(async (tx) => {
      const before = await this.countryRisks.lock(tx, iso2);
      const saved = await this.countryRisks.put(tx, {
        iso2,
        riskClass: dto.riskClass as RiskClass | null,
        asOf: dto.asOf,
        updatedBy: admin.id,
      });
      await this.audit.record(tx, admin, {
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
