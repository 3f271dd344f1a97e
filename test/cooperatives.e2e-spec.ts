import { encodeCursor } from '../src/common/paging/cursor';
import { AuditEntry } from '../src/audit/audit-entry';
import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { CooperativeMember } from '../src/cooperatives/cooperative-member';
import { Factories, uniqueIce } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Cooperatives (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let adminToken: string;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const application = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'Coopérative Tifawin',
    ice: uniqueIce(),
    region: 'MA-05',
    city: 'Khénifra',
    branches: ['carpets', 'textiles'],
    description: { en: 'Women weavers of the Middle Atlas', ar: 'نساجات الأطلس المتوسط يصنعن الزرابي' },
    foundedYear: 2009,
    members: { total: 42, women: 40, youth: 11, rural: 38 },
    contactEmail: 'contact@tifawin.example',
    phone: '+212523000101',
    ...overrides,
  });
  const coopRow = (id: string): Promise<Cooperative> => t.db.getRepository(Cooperative).findOneByOrFail({ id });
  const auditFor = (id: string): Promise<AuditEntry[]> =>
    t.db.getRepository(AuditEntry).find({ where: { targetId: id }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    adminToken = tokenFor(t.app, admin);
  });
  afterAll(() => t.close());

  describe('onboarding', () => {
    it('an artisan applies: pending, manager membership, Arabic intact, audit row', async () => {
      const artisan = await make.artisan();
      const res = await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application()).expect(201);
      expect(res.body).toMatchObject({
        status: 'pending',
        region: 'MA-05',
        regionName: 'Béni Mellal-Khénifra',
        members: { total: 42, women: 40, youth: 11, rural: 38 },
        description: { en: 'Women weavers of the Middle Atlas', ar: 'نساجات الأطلس المتوسط يصنعن الزرابي' },
      });
      const stored = await coopRow(res.body.id);
      expect(stored.description.ar).toBe('نساجات الأطلس المتوسط يصنعن الزرابي');
      expect(await t.db.getRepository(CooperativeMember).findOneBy({ cooperativeId: res.body.id })).toMatchObject({
        userId: artisan.id,
        role: 'manager',
      });
      expect((await auditFor(res.body.id)).map((a) => a.action)).toEqual(['cooperative.apply']);
      const me = await t.http.get('/api/v1/auth/me').set(auth(artisan)).expect(200);
      expect(me.body.memberships).toEqual([
        expect.objectContaining({ cooperativeId: res.body.id, role: 'manager', cooperativeStatus: 'pending' }),
      ]);
    });

    it('an artisan may belong to several cooperatives', async () => {
      const artisan = await make.artisan();
      await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application()).expect(201);
      await t.http
        .post('/api/v1/cooperatives')
        .set(auth(artisan))
        .send(application({ name: 'Second' }))
        .expect(201);
      expect(await t.db.getRepository(CooperativeMember).countBy({ userId: artisan.id })).toBe(2);
    });

    it('only artisans apply', async () => {
      const buyer = await make.buyer();
      await t.http.post('/api/v1/cooperatives').set(auth(buyer)).send(application()).expect(403);
      await t.http.post('/api/v1/cooperatives').send(application()).expect(401);
    });

    it.each([
      ['too short', '00156119100006', 'ice must be exactly 15 digits'],
      ['too long', '0015611910000660', 'ice must be exactly 15 digits'],
      ['letters', '00156119100006A', 'ice must be exactly 15 digits'],
      ['bad check digits', '001561191000065', 'ice has invalid check digits (an ICE is divisible by 97)'],
    ])('refuses an ICE that is %s', async (_label, ice, message) => {
      const artisan = await make.artisan();
      const before = await t.db.getRepository(Cooperative).count();
      const res = await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application({ ice })).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([{ field: 'ice', errors: [message] }]);
      expect(await t.db.getRepository(Cooperative).count()).toBe(before);
    });

    it('refuses a duplicate ICE with 409 and creates nothing', async () => {
      const artisan = await make.artisan();
      const ice = uniqueIce();
      await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application({ ice })).expect(201);
      const res = await t.http
        .post('/api/v1/cooperatives')
        .set(auth(artisan))
        .send(application({ ice, name: 'Copy' }))
        .expect(409);
      expect(res.body.code).toBe('ICE_TAKEN');
      expect(await t.db.getRepository(Cooperative).countBy({ ice })).toBe(1);
      expect(await t.db.getRepository(CooperativeMember).countBy({ userId: artisan.id })).toBe(1);
    });

    it.each([
      [{ total: 10, women: 11 }, 'members.women'],
      [{ total: 10, women: 5, youth: 12 }, 'members.youth'],
      [{ total: 10, women: 5, rural: 11 }, 'members.rural'],
    ])('refuses member counts %j', async (members, field) => {
      const artisan = await make.artisan();
      const res = await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application({ members })).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
      expect(await t.db.getRepository(CooperativeMember).countBy({ userId: artisan.id })).toBe(0);
    });

    it('refuses negative counts, unknown regions and branches, and unknown fields', async () => {
      const artisan = await make.artisan();
      const res = await t.http
        .post('/api/v1/cooperatives')
        .set(auth(artisan))
        .send(application({ region: 'MA-13', branches: ['spaceships'], members: { total: 5, women: -1 }, status: 'approved' }))
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['branches', 'members.women', 'region', 'status']);
    });

    it('checks member counts against stored values on a partial update', async () => {
      const artisan = await make.artisan();
      const coop = await make.cooperative({ membersTotal: 20, membersWomen: 12 }, artisan);
      const res = await t.http
        .patch(`/api/v1/cooperatives/${coop.id}`)
        .set(auth(artisan))
        .send({ members: { total: 10, women: 12 } })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'members.women', errors: ['members.women (12) cannot exceed members.total (10)'] }]);
      expect((await coopRow(coop.id)).membersTotal).toBe(20);
    });
  });

  describe('verification life cycle', () => {
    it('apply → approve → suspend → reinstate, each audited with before and after', async () => {
      const artisan = await make.artisan();
      const { body } = await t.http.post('/api/v1/cooperatives').set(auth(artisan)).send(application()).expect(201);
      const id = body.id as string;

      await t.http.get(`/api/v1/cooperatives/${id}`).expect(404);
      await t.http.post(`/api/v1/cooperatives/${id}/approve`).set(bearer(adminToken)).expect(200);
      expect((await coopRow(id)).status).toBe('approved');
      await t.http.get(`/api/v1/cooperatives/${id}`).expect(200);

      const suspended = await t.http
        .post(`/api/v1/cooperatives/${id}/suspend`)
        .set(bearer(adminToken))
        .send({ reason: 'Unverified products' })
        .expect(200);
      expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'Unverified products' });
      await t.http.get(`/api/v1/cooperatives/${id}`).expect(404);
      const list = await t.http.get('/api/v1/cooperatives?limit=100').expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);

      const reinstated = await t.http.post(`/api/v1/cooperatives/${id}/reinstate`).set(bearer(adminToken)).expect(200);
      expect(reinstated.body).toMatchObject({ status: 'approved', statusReason: null });

      const audit = await auditFor(id);
      expect(audit.map((a) => a.action)).toEqual([
        'cooperative.apply',
        'cooperative.approve',
        'cooperative.suspend',
        'cooperative.reinstate',
      ]);
      expect(audit[2]).toMatchObject({
        actorId: admin.id,
        actorRole: 'admin',
        before: { status: 'approved', statusReason: null },
        after: { status: 'suspended', statusReason: 'Unverified products' },
      });
    });

    it('reject needs a reason and records it', async () => {
      const coop = await make.cooperative({ status: 'pending' });
      const missing = await t.http.post(`/api/v1/cooperatives/${coop.id}/reject`).set(bearer(adminToken)).send({}).expect(400);
      expect(missing.body.details[0].field).toBe('reason');
      await t.http
        .post(`/api/v1/cooperatives/${coop.id}/reject`)
        .set(bearer(adminToken))
        .send({ reason: 'ICE not in register' })
        .expect(200);
      expect(await coopRow(coop.id)).toMatchObject({ status: 'rejected', statusReason: 'ICE not in register' });
      expect((await auditFor(coop.id)).map((a) => a.action)).toEqual(['cooperative.reject']);
    });

    it.each([
      ['pending', 'suspend'],
      ['pending', 'reinstate'],
      ['approved', 'approve'],
      ['approved', 'reject'],
      ['approved', 'reinstate'],
      ['rejected', 'approve'],
      ['rejected', 'reject'],
      ['rejected', 'suspend'],
      ['rejected', 'reinstate'],
      ['suspended', 'approve'],
      ['suspended', 'reject'],
      ['suspended', 'suspend'],
    ] as const)('refuses %s → %s with 409 INVALID_STATE, changing and auditing nothing', async (status, action) => {
      const coop = await make.cooperative({ status, statusReason: status === 'approved' ? null : 'earlier reason' });
      const res = await t.http
        .post(`/api/v1/cooperatives/${coop.id}/${action}`)
        .set(bearer(adminToken))
        .send({ reason: 'some reason' })
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'INVALID_STATE' });
      expect(await coopRow(coop.id)).toMatchObject({ status, statusReason: coop.statusReason });
      expect(await auditFor(coop.id)).toEqual([]);
    });

    it('only admins verify', async () => {
      const artisan = await make.artisan();
      const coop = await make.cooperative({ status: 'pending' }, artisan);
      await t.http.post(`/api/v1/cooperatives/${coop.id}/approve`).set(auth(artisan)).expect(403);
      expect((await coopRow(coop.id)).status).toBe('pending');
      expect(await auditFor(coop.id)).toEqual([]);
    });

    it('answers 404 for an unknown cooperative and 400 for a malformed id', async () => {
      await t.http.post('/api/v1/cooperatives/6f1d8a5e-1111-4a2b-9c3d-0123456789ab/approve').set(bearer(adminToken)).expect(404);
      const bad = await t.http.post('/api/v1/cooperatives/not-a-uuid/approve').set(bearer(adminToken)).expect(400);
      expect(bad.body.statusCode).toBe(400);
    });
  });

  describe('members', () => {
    it('a manager invites, promotes and removes members; each change is audited', async () => {
      const manager = await make.artisan();
      const invitee = await make.artisan({ email: 'invitee@test.example' });
      const coop = await make.cooperative({}, manager);

      const added = await t.http
        .post(`/api/v1/cooperatives/${coop.id}/members`)
        .set(auth(manager))
        .send({ email: 'INVITEE@test.example', role: 'member' })
        .expect(201);
      expect(added.body).toMatchObject({ userId: invitee.id, role: 'member', email: 'invitee@test.example' });
      await t.http.patch(`/api/v1/cooperatives/${coop.id}/members/${invitee.id}`).set(auth(manager)).send({ role: 'manager' }).expect(200);
      const list = await t.http.get(`/api/v1/cooperatives/${coop.id}/members`).set(auth(invitee)).expect(200);
      expect(list.body.map((m: { role: string }) => m.role)).toEqual(['manager', 'manager']);
      await t.http.delete(`/api/v1/cooperatives/${coop.id}/members/${manager.id}`).set(auth(invitee)).expect(204);

      expect(await t.db.getRepository(CooperativeMember).findBy({ cooperativeId: coop.id })).toEqual([
        expect.objectContaining({ userId: invitee.id, role: 'manager' }),
      ]);
      expect((await auditFor(coop.id)).map((a) => a.action)).toEqual(['member.add', 'member.role_change', 'member.remove']);
    });

    it('refuses to invite an unknown email, a buyer, or an existing member', async () => {
      const manager = await make.artisan();
      const buyer = await make.buyer();
      const coop = await make.cooperative({}, manager);
      await t.http
        .post(`/api/v1/cooperatives/${coop.id}/members`)
        .set(auth(manager))
        .send({ email: 'nobody@test.example', role: 'member' })
        .expect(422);
      await t.http
        .post(`/api/v1/cooperatives/${coop.id}/members`)
        .set(auth(manager))
        .send({ email: buyer.email, role: 'member' })
        .expect(422);
      const dup = await t.http
        .post(`/api/v1/cooperatives/${coop.id}/members`)
        .set(auth(manager))
        .send({ email: manager.email, role: 'member' })
        .expect(409);
      expect(dup.body.code).toBe('ALREADY_MEMBER');
      expect(await t.db.getRepository(CooperativeMember).countBy({ cooperativeId: coop.id })).toBe(1);
    });

    it('the last manager can be neither removed nor demoted', async () => {
      const manager = await make.artisan();
      const member = await make.artisan();
      const coop = await make.cooperative({}, manager);
      await make.member(coop, member, 'member');

      const removed = await t.http.delete(`/api/v1/cooperatives/${coop.id}/members/${manager.id}`).set(auth(manager)).expect(409);
      expect(removed.body.code).toBe('LAST_MANAGER');
      const demoted = await t.http
        .patch(`/api/v1/cooperatives/${coop.id}/members/${manager.id}`)
        .set(auth(manager))
        .send({ role: 'member' })
        .expect(409);
      expect(demoted.body.code).toBe('LAST_MANAGER');
      const adminRemoval = await t.http.delete(`/api/v1/cooperatives/${coop.id}/members/${manager.id}`).set(bearer(adminToken)).expect(409);
      expect(adminRemoval.body.code).toBe('LAST_MANAGER');

      expect(await t.db.getRepository(CooperativeMember).findOneBy({ cooperativeId: coop.id, userId: manager.id })).toMatchObject({
        role: 'manager',
      });
      expect(await auditFor(coop.id)).toEqual([]);
    });

    it('two managers demoting each other at once still leave one manager', async () => {
      const a = await make.artisan();
      const b = await make.artisan();
      const coop = await make.cooperative({}, a);
      await make.member(coop, b, 'manager');
      const results = await Promise.all([
        t.http.patch(`/api/v1/cooperatives/${coop.id}/members/${b.id}`).set(auth(a)).send({ role: 'member' }),
        t.http.patch(`/api/v1/cooperatives/${coop.id}/members/${a.id}`).set(auth(b)).send({ role: 'member' }),
      ]);
      // The row lock serialises them: whoever goes second is no longer a manager.
      expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
      expect(await t.db.getRepository(CooperativeMember).countBy({ cooperativeId: coop.id, role: 'manager' })).toBe(1);
    });

    it('a member can leave but cannot manage', async () => {
      const manager = await make.artisan();
      const member = await make.artisan();
      const other = await make.artisan();
      const coop = await make.cooperative({}, manager);
      await make.member(coop, member, 'member');
      await make.member(coop, other, 'member');
      await t.http.delete(`/api/v1/cooperatives/${coop.id}/members/${other.id}`).set(auth(member)).expect(403);
      await t.http.patch(`/api/v1/cooperatives/${coop.id}/members/${member.id}`).set(auth(member)).send({ role: 'manager' }).expect(403);
      await t.http.patch(`/api/v1/cooperatives/${coop.id}`).set(auth(member)).send({ city: 'Fès' }).expect(403);
      await t.http.delete(`/api/v1/cooperatives/${coop.id}/members/${member.id}`).set(auth(member)).expect(204);
      expect((await t.db.getRepository(CooperativeMember).findBy({ cooperativeId: coop.id })).map((m) => m.userId).sort()).toEqual(
        [manager.id, other.id].sort(),
      );
      expect((await coopRow(coop.id)).city).toBe('Marrakech');
    });
  });

  describe('ownership', () => {
    let owner: User;
    let outsider: User;
    let coop: Cooperative;
    let ownMember: User;

    beforeAll(async () => {
      owner = await make.artisan();
      ownMember = await make.artisan();
      outsider = await make.artisan();
      coop = await make.cooperative({ name: 'Owned' }, owner);
      await make.member(coop, ownMember, 'member');
      await make.cooperative({}, outsider);
    });

    const snapshot = async (): Promise<unknown> => ({
      coop: await coopRow(coop.id),
      members: await t.db.getRepository(CooperativeMember).find({ where: { cooperativeId: coop.id }, order: { userId: 'ASC' } }),
      audit: await auditFor(coop.id),
    });

    it.each([
      ['PATCH cooperative', 'patch', () => `/api/v1/cooperatives/${coop.id}`, () => ({ city: 'Tanger' })],
      ['invite member', 'post', () => `/api/v1/cooperatives/${coop.id}/members`, () => ({ email: outsider.email, role: 'member' })],
      ['change role', 'patch', () => `/api/v1/cooperatives/${coop.id}/members/${ownMember.id}`, () => ({ role: 'manager' })],
      ['remove member', 'delete', () => `/api/v1/cooperatives/${coop.id}/members/${ownMember.id}`, () => ({})],
      ['approve', 'post', () => `/api/v1/cooperatives/${coop.id}/approve`, () => ({})],
      ['reject', 'post', () => `/api/v1/cooperatives/${coop.id}/reject`, () => ({ reason: 'because' })],
      ['suspend', 'post', () => `/api/v1/cooperatives/${coop.id}/suspend`, () => ({ reason: 'because' })],
      ['reinstate', 'post', () => `/api/v1/cooperatives/${coop.id}/reinstate`, () => ({})],
    ] as const)('an artisan of another cooperative cannot %s (403, nothing changes)', async (_label, method, path, body) => {
      const before = await snapshot();
      const res = await t.http[method](path()).set(auth(outsider)).send(body()).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('an outsider cannot list members', async () => {
      await t.http.get(`/api/v1/cooperatives/${coop.id}/members`).set(auth(outsider)).expect(403);
    });

    it('a manager updates their cooperative, audited; an admin can change the ICE', async () => {
      const res = await t.http
        .patch(`/api/v1/cooperatives/${coop.id}`)
        .set(auth(owner))
        .send({ city: 'Essaouira', description: { en: 'Updated' } })
        .expect(200);
      expect(res.body).toMatchObject({ city: 'Essaouira', description: { en: 'Updated' } });
      await t.http.patch(`/api/v1/cooperatives/${coop.id}`).set(auth(owner)).send({ ice: uniqueIce() }).expect(403);
      const ice = uniqueIce();
      await t.http.patch(`/api/v1/cooperatives/${coop.id}`).set(bearer(adminToken)).send({ ice }).expect(200);
      expect((await coopRow(coop.id)).ice).toBe(ice);
      const updates = (await auditFor(coop.id)).filter((a) => a.action === 'cooperative.update');
      expect(updates).toHaveLength(2);
      expect(updates[0]).toMatchObject({
        actorId: owner.id,
        before: expect.objectContaining({ city: 'Marrakech' }),
        after: expect.objectContaining({ city: 'Essaouira' }),
      });
    });
  });

  describe('public listing', () => {
    it('filters approved cooperatives by region, branch and text, with paging', async () => {
      const tag = `Zq${Date.now().toString(36)}`;
      await make.cooperative({ name: `${tag} Safi potters`, region: 'MA-07', branches: ['pottery'] });
      await make.cooperative({ name: `${tag} Fès zellige`, region: 'MA-03', branches: ['zellige', 'pottery'] });
      await make.cooperative({ name: `${tag} Tiznit silver`, region: 'MA-09', branches: ['jewelry'] });
      await make.cooperative({ name: `${tag} pending`, region: 'MA-07', branches: ['pottery'], status: 'pending' });
      await make.cooperative({ name: `${tag} suspended`, region: 'MA-07', branches: ['pottery'], status: 'suspended' });

      const all = await t.http.get(`/api/v1/cooperatives?q=${tag}`).expect(200);
      expect(all.body.total).toBe(3);
      const pottery = await t.http.get(`/api/v1/cooperatives?q=${tag}&branch=pottery`).expect(200);
      expect(pottery.body.items.map((c: { name: string }) => c.name)).toEqual([`${tag} Fès zellige`, `${tag} Safi potters`]);
      const region = await t.http.get(`/api/v1/cooperatives?q=${tag}&region=MA-09`).expect(200);
      expect(region.body.items.map((c: { name: string }) => c.name)).toEqual([`${tag} Tiznit silver`]);
      const page2 = await t.http.get(`/api/v1/cooperatives?q=${tag}&limit=2&page=2`).expect(200);
      expect(page2.body).toMatchObject({ total: 3, page: 2 });
      expect(page2.body.items).toHaveLength(1);

      const buyer = await make.buyer();
      const asBuyer = await t.http.get(`/api/v1/cooperatives?q=${tag}&status=pending`).set(auth(buyer)).expect(200);
      expect(asBuyer.body.total).toBe(3);
      const asAdmin = await t.http.get(`/api/v1/cooperatives?q=${tag}&status=pending`).set(bearer(adminToken)).expect(200);
      expect(asAdmin.body.items.map((c: { name: string }) => c.name)).toEqual([`${tag} pending`]);
      await t.http.get('/api/v1/cooperatives?limit=101').expect(400);
    });

    it('shows a pending cooperative to its members and admins only', async () => {
      const artisan = await make.artisan();
      const outsider = await make.artisan();
      const coop = await make.cooperative({ status: 'pending' }, artisan);
      await t.http.get(`/api/v1/cooperatives/${coop.id}`).set(auth(artisan)).expect(200);
      await t.http.get(`/api/v1/cooperatives/${coop.id}`).set(bearer(adminToken)).expect(200);
      await t.http.get(`/api/v1/cooperatives/${coop.id}`).set(auth(outsider)).expect(404);
    });
  });

  describe('audit log', () => {
    it('lists entries newest first with filters and cursor paging, for admins only', async () => {
      const coop = await make.cooperative({ status: 'pending' });
      await t.http.post(`/api/v1/cooperatives/${coop.id}/approve`).set(bearer(adminToken)).expect(200);
      await t.http.post(`/api/v1/cooperatives/${coop.id}/suspend`).set(bearer(adminToken)).send({ reason: 'Audit test' }).expect(200);
      await t.http.post(`/api/v1/cooperatives/${coop.id}/reinstate`).set(bearer(adminToken)).expect(200);

      const first = await t.http.get(`/api/v1/admin/audit-log?targetId=${coop.id}&limit=2`).set(bearer(adminToken)).expect(200);
      expect(first.body.items.map((a: { action: string }) => a.action)).toEqual(['cooperative.reinstate', 'cooperative.suspend']);
      const second = await t.http
        .get(`/api/v1/admin/audit-log?targetId=${coop.id}&limit=2&cursor=${first.body.nextCursor}`)
        .set(bearer(adminToken))
        .expect(200);
      expect(second.body.items.map((a: { action: string }) => a.action)).toEqual(['cooperative.approve']);
      expect(second.body.nextCursor).toBeNull();

      const byAction = await t.http
        .get(`/api/v1/admin/audit-log?action=cooperative.suspend&actorId=${admin.id}&targetId=${coop.id}`)
        .set(bearer(adminToken))
        .expect(200);
      expect(byAction.body.items).toEqual([
        expect.objectContaining({ action: 'cooperative.suspend', actorId: admin.id, targetType: 'cooperative' }),
      ]);

      const buyer = await make.buyer();
      await t.http.get('/api/v1/admin/audit-log').set(auth(buyer)).expect(403);
      await t.http.get('/api/v1/admin/audit-log?cursor=garbage').set(bearer(adminToken)).expect(400);
      const forged = encodeCursor(['not a time', coop.id]);
      expect((await t.http.get('/api/v1/admin/audit-log').query({ cursor: forged }).set(bearer(adminToken)).expect(400)).body.code).toBe(
        'BAD_REQUEST',
      );
    });
  });
});
