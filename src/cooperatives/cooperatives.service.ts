import { Injectable } from '@nestjs/common';
import { MediaUrls } from '../media/media-urls';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { EmailVerificationService } from '../auth/email-verification.service';
import { Transactions } from '../common/database/transactions';
import { isUniqueViolation } from '../common/database/unique-violation';
import { assertTransition } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { Cooperative } from './cooperative';
import { AccessService } from './access.service';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativeRepository } from './cooperative.repository';
import { COOPERATIVE_LIFECYCLE, CooperativeAction, cooperativeStatusReason } from './cooperative-state';
import { CreateCooperativeDto } from './dto/create-cooperative.dto';
import { CooperativePage, CooperativeView, toCooperativeView } from './dto/cooperative.view';
import { ListCooperativesQuery } from './dto/list-cooperatives.query';
import { UpdateCooperativeDto } from './dto/update-cooperative.dto';
import { memberCountProblems } from './member-counts';

const isIceConflict = (error: unknown): boolean => isUniqueViolation(error, 'uq_cooperatives_ice');

function assertMemberCounts(c: Pick<Cooperative, 'membersTotal' | 'membersWomen' | 'membersYouth' | 'membersRural'>): void {
  const problems = memberCountProblems({ total: c.membersTotal, women: c.membersWomen, youth: c.membersYouth, rural: c.membersRural });
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Invalid input: ${problems.flatMap((p) => p.errors).join('; ')}`, problems);
  }
}

@Injectable()
export class CooperativesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly cooperatives: CooperativeRepository,
    private readonly access: CooperativeAccess,
    private readonly rules: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly verification: EmailVerificationService,
    private readonly urls: MediaUrls,
  ) {}

  /** An artisan applies: the cooperative starts pending and the applicant becomes its manager. */
  async apply(user: AuthUser, dto: CreateCooperativeDto): Promise<CooperativeView> {
    const draft = Object.assign(new Cooperative(), {
      name: dto.name,
      ice: dto.ice,
      region: dto.region,
      city: dto.city,
      address: dto.address ?? null,
      branches: dto.branches,
      description: { ...dto.description },
      foundedYear: dto.foundedYear ?? null,
      membersTotal: dto.members.total,
      membersWomen: dto.members.women,
      membersYouth: dto.members.youth ?? 0,
      membersRural: dto.members.rural ?? 0,
      contactEmail: dto.contactEmail,
      phone: dto.phone ?? null,
      status: 'pending',
      statusReason: null,
    });
    assertMemberCounts(draft);
    try {
      const saved = await this.transactions.run(async (manager) => {
        await this.verification.assertVerified(manager, user.id);
        const cooperative = await this.cooperatives.save(manager, draft);
        await this.cooperatives.addMember(manager, { cooperativeId: cooperative.id, userId: user.id, role: 'manager' });
        await this.audit.record(manager, user, {
          action: 'cooperative.apply',
          targetType: 'cooperative',
          targetId: cooperative.id,
          after: toCooperativeView(cooperative, this.urls),
        });
        await this.notifications.cooperativeApplied(manager, cooperative.id);
        return cooperative;
      });
      return toCooperativeView(saved, this.urls);
    } catch (error) {
      if (isIceConflict(error)) throw new DomainError('ICE_TAKEN', 'A cooperative with this ICE is already registered');
      throw error;
    }
  }

  async list(query: ListCooperativesQuery, user: AuthUser | undefined): Promise<CooperativePage> {
    const status = this.rules.seesEverything(user) ? query.status : 'approved';
    const { region, branch, q, page, limit } = query;
    const [rows, total] = await this.cooperatives.page({ status, region, branch, q, page, limit });
    return { items: rows.map((c) => toCooperativeView(c, this.urls)), total, page: query.page };
  }

  /** The first cooperatives of the public list, as a page showing some of them needs: one query. */
  async featured(limit: number): Promise<CooperativeView[]> {
    return (await this.cooperatives.firstApproved(limit)).map((c) => toCooperativeView(c, this.urls));
  }

  async get(id: string, user: AuthUser | undefined): Promise<CooperativeView> {
    return toCooperativeView(await this.access.findVisible(id, user), this.urls);
  }

  async update(id: string, user: AuthUser, dto: UpdateCooperativeDto): Promise<CooperativeView> {
    if (dto.ice !== undefined) this.rules.assertMayChangeIce(user);
    try {
      const updated = await this.transactions.run(async (manager) => {
        const cooperative = await this.access.lockForChange(manager, id, user, 'manager');
        const before = toCooperativeView(cooperative, this.urls);
        const { members, description, ...plain } = dto;
        Object.assign(cooperative, plain);
        if (description) cooperative.description = { ...description };
        if (members) {
          cooperative.membersTotal = members.total;
          cooperative.membersWomen = members.women;
          cooperative.membersYouth = members.youth ?? cooperative.membersYouth;
          cooperative.membersRural = members.rural ?? cooperative.membersRural;
        }
        assertMemberCounts(cooperative);
        const saved = await this.cooperatives.save(manager, cooperative);
        await this.audit.record(manager, user, {
          action: 'cooperative.update',
          targetType: 'cooperative',
          targetId: id,
          before,
          after: toCooperativeView(saved, this.urls),
        });
        return saved;
      });
      return toCooperativeView(updated, this.urls);
    } catch (error) {
      if (isIceConflict(error)) throw new DomainError('ICE_TAKEN', 'A cooperative with this ICE is already registered');
      throw error;
    }
  }

  /** Admin verification: the row is locked, the pure state machine decides, the audit row commits with it. */
  async transition(id: string, admin: AuthUser, action: CooperativeAction, reason?: string): Promise<CooperativeView> {
    const saved = await this.transactions.run(async (manager) => {
      const cooperative = await this.access.lockForChange(manager, id, admin, 'manager');
      const status = assertTransition(COOPERATIVE_LIFECYCLE, cooperative.status, action);
      const statusReason = cooperativeStatusReason(cooperative.status, action, reason);
      const before = { status: cooperative.status, statusReason: cooperative.statusReason };
      cooperative.status = status;
      cooperative.statusReason = statusReason;
      const updated = await this.cooperatives.save(manager, cooperative);
      await this.audit.record(manager, admin, {
        action: `cooperative.${action}`,
        targetType: 'cooperative',
        targetId: id,
        before,
        after: { status: updated.status, statusReason: updated.statusReason },
      });
      await this.notifications.cooperativeDecided(manager, id, action);
      return updated;
    });
    return toCooperativeView(saved, this.urls);
  }
}
