import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativeRepository } from './cooperative.repository';
import type { MemberRole } from './cooperative-status';
import { AddMemberDto } from './dto/add-member.dto';
import { MemberView } from './dto/member.view';
import { leavesAManager } from './membership-rules';

@Injectable()
export class MembersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly cooperatives: CooperativeRepository,
    private readonly access: CooperativeAccess,
    private readonly audit: AuditService,
  ) {}

  async list(cooperativeId: string, user: AuthUser): Promise<MemberView[]> {
    await this.access.assertCanRead(cooperativeId, user);
    return this.cooperatives.memberListings(this.transactions.manager, cooperativeId);
  }

  /** Managers invite an existing artisan account by email. */
  async add(cooperativeId: string, actor: AuthUser, dto: AddMemberDto): Promise<MemberView> {
    return this.transactions.run(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, 'manager');
      const invitee = await this.cooperatives.userByEmail(manager, dto.email);
      if (!invitee || invitee.role !== 'artisan') {
        throw new DomainError('UNPROCESSABLE', 'No artisan account has this email; ask them to register as an artisan first');
      }
      if (await this.access.roleOf(manager, cooperativeId, invitee.id)) {
        throw new DomainError('ALREADY_MEMBER', 'This artisan is already a member of the cooperative');
      }
      await this.cooperatives.addMember(manager, { cooperativeId, userId: invitee.id, role: dto.role });
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
    return this.transactions.run(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, 'manager');
      const members = await this.cooperatives.members(manager, cooperativeId);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new DomainError('NOT_FOUND', 'This user is not a member of the cooperative');
      if (!leavesAManager(members, { userId, newRole: role })) {
        throw new DomainError('LAST_MANAGER', 'The last manager cannot be demoted; make another member manager first');
      }
      if (target.role !== role) {
        await this.cooperatives.changeRole(manager, cooperativeId, userId, role);
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
    await this.transactions.run(async (manager) => {
      await this.access.lockForChange(manager, cooperativeId, actor, actor.id === userId ? 'member' : 'manager');
      const members = await this.cooperatives.members(manager, cooperativeId);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new DomainError('NOT_FOUND', 'This user is not a member of the cooperative');
      if (!leavesAManager(members, { userId, newRole: null })) {
        throw new DomainError('LAST_MANAGER', 'The last manager cannot be removed; make another member manager first');
      }
      await this.cooperatives.removeMember(manager, cooperativeId, userId);
      await this.audit.record(manager, actor, {
        action: 'member.remove',
        targetType: 'cooperative',
        targetId: cooperativeId,
        before: { userId, role: target.role },
      });
    });
  }

  private async view(manager: EntityManager, cooperativeId: string, userId: string): Promise<MemberView> {
    const [view] = await this.cooperatives.memberListings(manager, cooperativeId, userId);
    return view;
  }
}
