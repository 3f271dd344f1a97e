import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthService } from './auth.service';
import { MembershipView, toUserView, UserView } from './dto/user-view';

@Injectable()
export class MeService {
  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async describe(userId: string): Promise<UserView> {
    const user = await this.auth.findById(userId);
    return { ...toUserView(user), memberships: await this.memberships(userId) };
  }

  private async memberships(userId: string): Promise<MembershipView[]> {
    const rows: { cooperative_id: string; name: string; role: string; status: string }[] = await this.dataSource.query(
      `SELECT m.cooperative_id, c.name, m.role, c.status
         FROM cooperative_members m JOIN cooperatives c ON c.id = m.cooperative_id
        WHERE m.user_id = $1 ORDER BY c.name`,
      [userId],
    );
    return rows.map((r) => ({ cooperativeId: r.cooperative_id, cooperativeName: r.name, role: r.role, cooperativeStatus: r.status }));
  }
}
