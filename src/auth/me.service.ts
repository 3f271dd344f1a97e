import { Injectable } from '@nestjs/common';
import { AuthService } from './auth.service';
import { toUserView, UserView } from './dto/user-view';
import { UserRepository } from './user.repository';

@Injectable()
export class MeService {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserRepository,
  ) {}

  async describe(userId: string): Promise<UserView> {
    const user = await this.auth.findById(userId);
    return { ...toUserView(user), memberships: await this.users.memberships(userId) };
  }
}
