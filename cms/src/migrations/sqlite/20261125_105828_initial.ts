import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`strategies_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_steps_order_idx\` ON \`strategies_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`strategies_steps_parent_id_idx\` ON \`strategies_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategies_pitfalls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_pitfalls_order_idx\` ON \`strategies_pitfalls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`strategies_pitfalls_parent_id_idx\` ON \`strategies_pitfalls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategies_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_stages_order_idx\` ON \`strategies_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`strategies_stages_parent_idx\` ON \`strategies_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`why_it_works\` text,
  	\`review_owner\` text,
  	\`review_last_reviewed\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`strategies_slug_idx\` ON \`strategies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`strategies_updated_at_idx\` ON \`strategies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`strategies_created_at_idx\` ON \`strategies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`strategies__status_idx\` ON \`strategies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`strategies_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_texts_order_parent\` ON \`strategies_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_rels_order_idx\` ON \`strategies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`strategies_rels_parent_idx\` ON \`strategies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`strategies_rels_path_idx\` ON \`strategies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`strategies_rels_situations_id_idx\` ON \`strategies_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`strategies_rels_strategies_id_idx\` ON \`strategies_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`strategies_rels_sources_id_idx\` ON \`strategies_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_steps_order_idx\` ON \`_strategies_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_steps_parent_id_idx\` ON \`_strategies_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v_version_pitfalls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_pitfalls_order_idx\` ON \`_strategies_v_version_pitfalls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_pitfalls_parent_id_idx\` ON \`_strategies_v_version_pitfalls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_stages_order_idx\` ON \`_strategies_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_stages_parent_idx\` ON \`_strategies_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_why_it_works\` text,
  	\`version_review_owner\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_parent_idx\` ON \`_strategies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_version_slug_idx\` ON \`_strategies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_version_updated_at_idx\` ON \`_strategies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_version_created_at_idx\` ON \`_strategies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_version_version__status_idx\` ON \`_strategies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_created_at_idx\` ON \`_strategies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_updated_at_idx\` ON \`_strategies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_latest_idx\` ON \`_strategies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_texts_order_parent\` ON \`_strategies_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_order_idx\` ON \`_strategies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_parent_idx\` ON \`_strategies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_path_idx\` ON \`_strategies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_situations_id_idx\` ON \`_strategies_v_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_strategies_id_idx\` ON \`_strategies_v_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategies_v_rels_sources_id_idx\` ON \`_strategies_v_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`empathy_scripts_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`empathy_scripts_channels_order_idx\` ON \`empathy_scripts_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_channels_parent_idx\` ON \`empathy_scripts_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`empathy_scripts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`line\` text,
  	\`instead_of\` text,
  	\`stage\` text,
  	\`tone\` text,
  	\`why\` text,
  	\`review_owner\` text,
  	\`review_last_reviewed\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`empathy_scripts_slug_idx\` ON \`empathy_scripts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_updated_at_idx\` ON \`empathy_scripts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_created_at_idx\` ON \`empathy_scripts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts__status_idx\` ON \`empathy_scripts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`empathy_scripts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`empathy_scripts_texts_order_parent\` ON \`empathy_scripts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`empathy_scripts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`empathy_scripts_rels_order_idx\` ON \`empathy_scripts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_rels_parent_idx\` ON \`empathy_scripts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_rels_path_idx\` ON \`empathy_scripts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_rels_situations_id_idx\` ON \`empathy_scripts_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`empathy_scripts_rels_strategies_id_idx\` ON \`empathy_scripts_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE TABLE \`_empathy_scripts_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_empathy_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_channels_order_idx\` ON \`_empathy_scripts_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_channels_parent_idx\` ON \`_empathy_scripts_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_empathy_scripts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_line\` text,
  	\`version_instead_of\` text,
  	\`version_stage\` text,
  	\`version_tone\` text,
  	\`version_why\` text,
  	\`version_review_owner\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_parent_idx\` ON \`_empathy_scripts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_version_slug_idx\` ON \`_empathy_scripts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_version_updated_at_idx\` ON \`_empathy_scripts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_version_created_at_idx\` ON \`_empathy_scripts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_version_version__status_idx\` ON \`_empathy_scripts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_created_at_idx\` ON \`_empathy_scripts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_updated_at_idx\` ON \`_empathy_scripts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_latest_idx\` ON \`_empathy_scripts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_empathy_scripts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_empathy_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_texts_order_parent\` ON \`_empathy_scripts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_empathy_scripts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_empathy_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_rels_order_idx\` ON \`_empathy_scripts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_rels_parent_idx\` ON \`_empathy_scripts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_rels_path_idx\` ON \`_empathy_scripts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_rels_situations_id_idx\` ON \`_empathy_scripts_v_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`_empathy_scripts_v_rels_strategies_id_idx\` ON \`_empathy_scripts_v_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_steps_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`goto\` text,
  	\`outcome\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_steps_branches_order_idx\` ON \`sops_steps_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_steps_branches_parent_id_idx\` ON \`sops_steps_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text DEFAULT 'action',
  	\`text\` text,
  	\`script_id\` integer,
  	\`question\` text,
  	\`next\` text,
  	\`outcome\` text,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_steps_order_idx\` ON \`sops_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_steps_parent_id_idx\` ON \`sops_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_steps_script_idx\` ON \`sops_steps\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_escalation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_escalation_order_idx\` ON \`sops_escalation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_escalation_parent_id_idx\` ON \`sops_escalation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sops\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`purpose\` text,
  	\`trigger\` text,
  	\`resolved_when\` text,
  	\`review_owner\` text,
  	\`review_last_reviewed\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sops_slug_idx\` ON \`sops\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sops_updated_at_idx\` ON \`sops\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sops_created_at_idx\` ON \`sops\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sops__status_idx\` ON \`sops\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sops_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_texts_order_parent\` ON \`sops_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_rels_order_idx\` ON \`sops_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sops_rels_parent_idx\` ON \`sops_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_rels_path_idx\` ON \`sops_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sops_rels_situations_id_idx\` ON \`sops_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_rels_strategies_id_idx\` ON \`sops_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_version_steps_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`goto\` text,
  	\`outcome\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_version_steps_branches_order_idx\` ON \`_sops_v_version_steps_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_steps_branches_parent_id_idx\` ON \`_sops_v_version_steps_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text DEFAULT 'action',
  	\`text\` text,
  	\`script_id\` integer,
  	\`question\` text,
  	\`next\` text,
  	\`outcome\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_version_steps_order_idx\` ON \`_sops_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_steps_parent_id_idx\` ON \`_sops_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_steps_script_idx\` ON \`_sops_v_version_steps\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_version_escalation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_version_escalation_order_idx\` ON \`_sops_v_version_escalation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_escalation_parent_id_idx\` ON \`_sops_v_version_escalation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_purpose\` text,
  	\`version_trigger\` text,
  	\`version_resolved_when\` text,
  	\`version_review_owner\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_parent_idx\` ON \`_sops_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_version_slug_idx\` ON \`_sops_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_version_updated_at_idx\` ON \`_sops_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_version_created_at_idx\` ON \`_sops_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_version_version__status_idx\` ON \`_sops_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_created_at_idx\` ON \`_sops_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_updated_at_idx\` ON \`_sops_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_latest_idx\` ON \`_sops_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_texts_order_parent\` ON \`_sops_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`situations_id\` integer,
  	\`strategies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_rels_order_idx\` ON \`_sops_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_rels_parent_idx\` ON \`_sops_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_rels_path_idx\` ON \`_sops_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_rels_situations_id_idx\` ON \`_sops_v_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_rels_strategies_id_idx\` ON \`_sops_v_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE TABLE \`situations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`review_owner\` text,
  	\`review_last_reviewed\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`situations_slug_idx\` ON \`situations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`situations_updated_at_idx\` ON \`situations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`situations_created_at_idx\` ON \`situations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`situations__status_idx\` ON \`situations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`situations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situations_texts_order_parent\` ON \`situations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_review_owner\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_situations_v_parent_idx\` ON \`_situations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_version_version_slug_idx\` ON \`_situations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_version_version_updated_at_idx\` ON \`_situations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_version_version_created_at_idx\` ON \`_situations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_version_version__status_idx\` ON \`_situations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_created_at_idx\` ON \`_situations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_updated_at_idx\` ON \`_situations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_situations_v_latest_idx\` ON \`_situations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_situations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_situations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situations_v_texts_order_parent\` ON \`_situations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`publisher\` text,
  	\`published\` text,
  	\`url\` text,
  	\`review_owner\` text,
  	\`review_last_reviewed\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_slug_idx\` ON \`sources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sources__status_idx\` ON \`sources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_publisher\` text,
  	\`version_published\` text,
  	\`version_url\` text,
  	\`version_review_owner\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_slug_idx\` ON \`_sources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version__status_idx\` ON \`_sources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_latest_idx\` ON \`_sources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_strategies_id_idx\` ON \`payload_locked_documents_rels\` (\`strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_empathy_scripts_id_idx\` ON \`payload_locked_documents_rels\` (\`empathy_scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sops_id_idx\` ON \`payload_locked_documents_rels\` (\`sops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_situations_id_idx\` ON \`payload_locked_documents_rels\` (\`situations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`strategies_steps\`;`)
  await db.run(sql`DROP TABLE \`strategies_pitfalls\`;`)
  await db.run(sql`DROP TABLE \`strategies_stages\`;`)
  await db.run(sql`DROP TABLE \`strategies\`;`)
  await db.run(sql`DROP TABLE \`strategies_texts\`;`)
  await db.run(sql`DROP TABLE \`strategies_rels\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_pitfalls\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`empathy_scripts_channels\`;`)
  await db.run(sql`DROP TABLE \`empathy_scripts\`;`)
  await db.run(sql`DROP TABLE \`empathy_scripts_texts\`;`)
  await db.run(sql`DROP TABLE \`empathy_scripts_rels\`;`)
  await db.run(sql`DROP TABLE \`_empathy_scripts_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_empathy_scripts_v\`;`)
  await db.run(sql`DROP TABLE \`_empathy_scripts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_empathy_scripts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sops_steps_branches\`;`)
  await db.run(sql`DROP TABLE \`sops_steps\`;`)
  await db.run(sql`DROP TABLE \`sops_escalation\`;`)
  await db.run(sql`DROP TABLE \`sops\`;`)
  await db.run(sql`DROP TABLE \`sops_texts\`;`)
  await db.run(sql`DROP TABLE \`sops_rels\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_version_steps_branches\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_version_escalation\`;`)
  await db.run(sql`DROP TABLE \`_sops_v\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_rels\`;`)
  await db.run(sql`DROP TABLE \`situations\`;`)
  await db.run(sql`DROP TABLE \`situations_texts\`;`)
  await db.run(sql`DROP TABLE \`_situations_v\`;`)
  await db.run(sql`DROP TABLE \`_situations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
