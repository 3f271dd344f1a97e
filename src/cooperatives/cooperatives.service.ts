import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { MediaUrls } from '../media/media-urls';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { EmailVerificationService } from '../auth/email-verification.service';
import { isUniqueViolation } from '../common/database/unique-violation';
import { assertTransition } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { Cooperative } from './cooperative';
import { AccessService } from './access.service';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativeMember } from './cooperative-member';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CooperativeAccess,
    private readonly rules: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly verification: EmailVerificationService,
    private readonly urls: MediaUrls,
  ) {}

  /** An artisan applies: the cooperative starts pending and the applicant becomes its manager. */
  async apply(user: AuthUser, dto: CreateCooperativeDto): Promise<CooperativeView> {
    const draft = this.dataSource.getRepository(Cooperative).create({
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
      const saved = await this.dataSource.transaction(async (manager) => {
        await this.verification.assertVerified(manager, user.id);
        const cooperative = await manager.save(draft);
        await manager.insert(CooperativeMember, { cooperativeId: cooperative.id, userId: user.id, role: 'manager' });
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
    const qb = this.dataSource.getRepository(Cooperative).createQueryBuilder('c');
    const status = this.rules.seesEverything(user) ? query.status : 'approved';
    if (status) qb.andWhere('c.status = :status', { status });
    if (query.region) qb.andWhere('c.region = :region', { region: query.region });
    if (query.branch) qb.andWhere(':branch = ANY(c.branches)', { branch: query.branch });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('c.name ILIKE :like', { like })
            .orWhere('c.city ILIKE :like')
            .orWhere("c.description->>'en' ILIKE :like")
            .orWhere("c.description->>'fr' ILIKE :like")
            .orWhere("c.description->>'ar' ILIKE :like"),
        ),
      );
    }
    const [rows, total] = await qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return { items: rows.map((c) => toCooperativeView(c, this.urls)), total, page: query.page };
  }

  async get(id: string, user: AuthUser | undefined): Promise<CooperativeView> {
    return toCooperativeView(await this.access.findVisible(id, user), this.urls);
  }

  async update(id: string, user: AuthUser, dto: UpdateCooperativeDto): Promise<CooperativeView> {
    if (dto.ice !== undefined) this.rules.assertMayChangeIce(user);
    try {
      const updated = await this.dataSource.transaction(async (manager) => {
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
        const saved = await manager.save(cooperative);
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
    const saved = await this.dataSource.transaction(async (manager) => {
      const cooperative = await this.access.lockForChange(manager, id, admin, 'manager');
      const status = assertTransition(COOPERATIVE_LIFECYCLE, cooperative.status, action);
      const statusReason = cooperativeStatusReason(cooperative.status, action, reason);
      const before = { status: cooperative.status, statusReason: cooperative.statusReason };
      cooperative.status = status;
      cooperative.statusReason = statusReason;
      const updated = await manager.save(cooperative);
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
