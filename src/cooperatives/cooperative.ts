import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Branch } from '../common/domain/branches';
import type { RegionCode } from '../common/domain/regions';
import type { StoredImage } from '../media/stored-image';
import type { CooperativeStatus } from './cooperative-status';

export interface LocalizedText {
  en: string;
  fr?: string;
  ar?: string;
}

@Entity('cooperatives')
@Check(
  'ck_cooperatives_members',
  'members_women <= members_total AND members_youth <= members_total AND members_rural <= members_total AND members_total > 0',
)
@Index('ix_cooperatives_status_region', ['status', 'region'])
export class Cooperative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** Identifiant Commun de l'Entreprise: 15 digits, divisible by 97. */
  @Index('uq_cooperatives_ice', { unique: true })
  @Column({ type: 'char', length: 15 })
  ice: string;

  @Column({ type: 'varchar', length: 5 })
  region: RegionCode;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', array: true, length: 20 })
  branches: Branch[];

  @Column({ type: 'jsonb' })
  description: LocalizedText;

  @Column({ type: 'smallint', nullable: true })
  foundedYear: number | null;

  @Column({ type: 'integer' })
  membersTotal: number;

  @Column({ type: 'integer' })
  membersWomen: number;

  @Column({ type: 'integer', default: 0 })
  membersYouth: number;

  @Column({ type: 'integer', default: 0 })
  membersRural: number;

  @Column({ type: 'varchar', length: 254 })
  contactEmail: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: CooperativeStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Copied from images by refreshImageOwner (media module); never written otherwise. */
  @Column({ type: 'jsonb', nullable: true })
  logo: StoredImage | null;

  @Column({ type: 'jsonb', nullable: true })
  cover: StoredImage | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
