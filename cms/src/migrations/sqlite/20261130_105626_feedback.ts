import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entry_title\` text NOT NULL,
  	\`owner\` text,
  	\`verdict\` text NOT NULL,
  	\`comment\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`resolution_note\` text,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_owner_idx\` ON \`feedback\` (\`owner\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_resolved_by_idx\` ON \`feedback\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`empathy_scripts_id\` integer,
  	\`strategies_id\` integer,
  	\`sops_id\` integer,
  	\`situations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`empathy_scripts_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sops_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_rels_order_idx\` ON \`feedback_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_parent_idx\` ON \`feedback_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_path_idx\` ON \`feedback_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_empathy_scripts_id_idx\` ON \`feedback_rels\` (\`empathy_scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_strategies_id_idx\` ON \`feedback_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_sops_id_idx\` ON \`feedback_rels\` (\`sops_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_situations_id_idx\` ON \`feedback_rels\` (\`situations_id\`);`)
  await db.run(sql`ALTER TABLE \`strategies\` ADD \`review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_strategies_v\` ADD \`version_review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`empathy_scripts\` ADD \`review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_empathy_scripts_v\` ADD \`version_review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`sops\` ADD \`review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_sops_v\` ADD \`version_review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`situations\` ADD \`review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_situations_v\` ADD \`version_review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_review_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`strategies_id\` integer,
  	\`empathy_scripts_id\` integer,
  	\`sops_id\` integer,
  	\`situations_id\` integer,
  	\`sources_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`empathy_scripts_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sops_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "strategies_id", "empathy_scripts_id", "sops_id", "situations_id", "sources_id", "users_id") SELECT "id", "order", "parent_id", "path", "strategies_id", "empathy_scripts_id", "sops_id", "situations_id", "sources_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_strategies_id_idx\` ON \`payload_locked_documents_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_empathy_scripts_id_idx\` ON \`payload_locked_documents_rels\` (\`empathy_scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sops_id_idx\` ON \`payload_locked_documents_rels\` (\`sops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_situations_id_idx\` ON \`payload_locked_documents_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`strategies\` DROP COLUMN \`review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_strategies_v\` DROP COLUMN \`version_review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`empathy_scripts\` DROP COLUMN \`review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_empathy_scripts_v\` DROP COLUMN \`version_review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`sops\` DROP COLUMN \`review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_sops_v\` DROP COLUMN \`version_review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`situations\` DROP COLUMN \`review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_situations_v\` DROP COLUMN \`version_review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`review_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_review_verified_by\`;`)
}
