import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user';
import { DomainError } from '../common/errors/domain-error';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativeMember } from './cooperative-member';
import type { MemberRole } from './cooperative-status';
import { AddMemberDto } from './dto/add-member.dto';
import { MemberView } from './dto/member.view';
import { leavesAManager } from './membership-rules';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CooperativeAccess,
    private readonly audit: AuditService,
  ) {}

  async list(cooperativeId: string, user: AuthUser): Promise<MemberView[]> {
    await this.access.assertCanRead(cooperativeId, user);
    return this.views(this.dataSource.manager, cooperativeId);
  }

  /** Managers invite an existing artisan account by email. */
  async add(cooperativeId: string, actor: AuthUser, dto: AddMemberDto): Promise<MemberView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, 'manager');
      const invitee = await manager.findOne(User, { where: { email: dto.email } });
      if (!invitee || invitee.role !== 'artisan') {
        throw new DomainError('UNPROCESSABLE', 'No artisan account has this email; ask them to register as an artisan first');
      }
      if (await this.access.roleOf(manager, cooperativeId, invitee.id)) {
        throw new DomainError('ALREADY_MEMBER', 'This artisan is already a member of the cooperative');
      }
      await manager.insert(CooperativeMember, { cooperativeId, userId: invitee.id, role: dto.role });
      await this.audit.record(manager, actor, {
        action: 'member.add',
        targetType: 'cooperative',
        targetId: cooperativeId,
        after: { userId: invitee.id, email: invitee.email, role: dto.role },
      });
      return this.view(manager, cooperativeId, invitee.id);
    });
  }

  async changeRole(cooperativeId: string, actor: AuthUser, userId: string, role: MemberRole): Promise<MemberView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, 'manager');
      const members = await this.members(manager, cooperativeId);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new DomainError('NOT_FOUND', 'This user is not a member of the cooperative');
      if (!leavesAManager(members, { userId, newRole: role })) {
        throw new DomainError('LAST_MANAGER', 'The last manager cannot be demoted; make another member manager first');
      }
      if (target.role !== role) {
        await manager.update(CooperativeMember, { cooperativeId, userId }, { role });
        await this.audit.record(manager, actor, {
          action: 'member.role_change',
          targetType: 'cooperative',
          targetId: cooperativeId,
          before: { userId, role: target.role },
          after: { userId, role },
        });
      }
      return this.view(manager, cooperativeId, userId);
    });
  }

  /** Managers remove members; any member may leave. The last manager stays. */
  async remove(cooperativeId: string, actor: AuthUser, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, actor.id === userId ? 'member' : 'manager');
      const members = await this.members(manager, cooperativeId);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new DomainError('NOT_FOUND', 'This user is not a member of the cooperative');
      if (!leavesAManager(members, { userId, newRole: null })) {
        throw new DomainError('LAST_MANAGER', 'The last manager cannot be removed; make another member manager first');
      }
      await manager.delete(CooperativeMember, { cooperativeId, userId });
      await this.audit.record(manager, actor, {
        action: 'member.remove',
        targetType: 'cooperative',
        targetId: cooperativeId,
        before: { userId, role: target.role },
      });
    });
  }

  private members(manager: EntityManager, cooperativeId: string): Promise<CooperativeMember[]> {
    return manager.find(CooperativeMember, { where: { cooperativeId } });
  }

  private async views(manager: EntityManager, cooperativeId: string, userId?: string): Promise<MemberView[]> {
    const rows: { user_id: string; email: string; name: string; role: string; created_at: Date }[] = await manager.query(
      `SELECT m.user_id, u.email, u.name, m.role, m.created_at
         FROM cooperative_members m JOIN users u ON u.id = m.user_id
        WHERE m.cooperative_id = $1 AND ($2::uuid IS NULL OR m.user_id = $2)
        ORDER BY m.role, u.name`,
      [cooperativeId, userId ?? null],
    );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, name: r.name, role: r.role, joinedAt: r.created_at }));
  }

  private async view(manager: EntityManager, cooperativeId: string, userId: string): Promise<MemberView> {
    const [view] = await this.views(manager, cooperativeId, userId);
    return view;
  }
}
