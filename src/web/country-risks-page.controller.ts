import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { RISK_CLASSES } from '../insurance/country-risk';
import { CountryRisksService } from '../insurance/country-risks.service';
import { PutCountryRiskDto } from '../insurance/dto/put-country-risk.dto';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

/** The OECD country risk classes insurance is priced by: listed with their as-of dates, set one at a time. */
@Injectable()
export class CountryRisksPageController {
  constructor(
    private readonly risks: CountryRisksService,
    private readonly pages: PageRenderer,
  ) {}

  readonly list = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const names = new Intl.DisplayNames([req.web.intlLocale], { type: 'region', fallback: 'code' });
    const saved = typeof req.query.saved === 'string' && /^[A-Z]{2}$/.test(req.query.saved) ? req.query.saved : undefined;
    this.pages.render(res, req.web, 'admin-country-risks', {
      risks: await this.risks.list(),
      classes: RISK_CLASSES,
      country: (iso2: string) => names.of(iso2) ?? iso2,
      today: new Date().toISOString().slice(0, 10),
      saved,
    });
  };

  /** The service validates the country code and writes the audit entry in the same transaction. */
  readonly put = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const body = req.body as Record<string, unknown>;
    // An empty class is the form's "not classified" (high-income) choice, which the API sends as null.
    const riskClass = body.riskClass === '' ? null : Number(body.riskClass);
    const dto = plainToInstance(PutCountryRiskDto, { riskClass, asOf: body.asOf });
    const problems = validateSync(dto);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    const saved = await this.risks.put(admin, typeof body.iso2 === 'string' ? body.iso2.trim() : '', dto);
    res.redirect(303, `/admin/country-risks?saved=${saved.iso2}`);
  };
}
