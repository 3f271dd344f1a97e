import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RISK_CLASSES } from '../insurance/country-risk';
import { CountryRisksService } from '../insurance/country-risks.service';
import { CountryRiskForm } from './page-forms';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/** The OECD country risk classes insurance is priced by: listed with their as-of dates, set one at a time. */
@Pages()
@Auth('admin')
@Controller('admin/country-risks')
export class CountryRisksPageController {
  constructor(
    private readonly risks: CountryRisksService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const names = new Intl.DisplayNames([web.intlLocale], { type: 'region', fallback: 'code' });
    const saved = typeof query.saved === 'string' && /^[A-Z]{2}$/.test(query.saved) ? query.saved : undefined;
    this.pages.render(res, web, 'admin-country-risks', {
      risks: await this.risks.list(),
      classes: RISK_CLASSES,
      country: (iso2: string) => names.of(iso2) ?? iso2,
      today: new Date().toISOString().slice(0, 10),
      saved,
    });
  }

  /** The service validates the country code and writes the audit entry in the same transaction. */
  @Post()
  async put(@CurrentUser() admin: AuthUser, @Body() form: CountryRiskForm, @Res() res: Response): Promise<void> {
    const saved = await this.risks.put(admin, form.iso2 ?? '', { riskClass: form.riskClass, asOf: form.asOf });
    res.redirect(303, `/admin/country-risks?saved=${saved.iso2}`);
  }
}
