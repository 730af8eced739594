import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { COPY_BLOCKS_TO_STEPS, COPY_STEPS_TO_BLOCKS } from '../sop-step-blocks-copy.ts'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sops_blocks_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`text\` text,
  	\`next\` text,
  	\`outcome\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_blocks_action_order_idx\` ON \`sops_blocks_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_action_parent_id_idx\` ON \`sops_blocks_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_action_path_idx\` ON \`sops_blocks_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sops_blocks_say\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`script_id\` integer,
  	\`text\` text,
  	\`next\` text,
  	\`outcome\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_blocks_say_order_idx\` ON \`sops_blocks_say\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_say_parent_id_idx\` ON \`sops_blocks_say\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_say_path_idx\` ON \`sops_blocks_say\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_say_script_idx\` ON \`sops_blocks_say\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_blocks_decision_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`goto\` text,
  	\`outcome\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops_blocks_decision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_blocks_decision_branches_order_idx\` ON \`sops_blocks_decision_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_decision_branches_parent_id_idx\` ON \`sops_blocks_decision_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sops_blocks_decision\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`question\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sops_blocks_decision_order_idx\` ON \`sops_blocks_decision\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_decision_parent_id_idx\` ON \`sops_blocks_decision\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sops_blocks_decision_path_idx\` ON \`sops_blocks_decision\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_blocks_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`text\` text,
  	\`next\` text,
  	\`outcome\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_action_order_idx\` ON \`_sops_v_blocks_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_action_parent_id_idx\` ON \`_sops_v_blocks_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_action_path_idx\` ON \`_sops_v_blocks_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_blocks_say\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`script_id\` integer,
  	\`text\` text,
  	\`next\` text,
  	\`outcome\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_say_order_idx\` ON \`_sops_v_blocks_say\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_say_parent_id_idx\` ON \`_sops_v_blocks_say\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_say_path_idx\` ON \`_sops_v_blocks_say\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_say_script_idx\` ON \`_sops_v_blocks_say\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_blocks_decision_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`goto\` text,
  	\`outcome\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v_blocks_decision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_decision_branches_order_idx\` ON \`_sops_v_blocks_decision_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_decision_branches_parent_id_idx\` ON \`_sops_v_blocks_decision_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sops_v_blocks_decision\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`question\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_decision_order_idx\` ON \`_sops_v_blocks_decision\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_decision_parent_id_idx\` ON \`_sops_v_blocks_decision\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sops_v_blocks_decision_path_idx\` ON \`_sops_v_blocks_decision\` (\`_path\`);`)
  // Every existing step moves to its kind's block table before the array tables go.
  for (const statement of COPY_STEPS_TO_BLOCKS) await db.run(sql.raw(statement))
  await db.run(sql`DROP TABLE \`sops_steps_branches\`;`)
  await db.run(sql`DROP TABLE \`sops_steps\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_version_steps_branches\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_version_steps\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
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
  for (const statement of COPY_BLOCKS_TO_STEPS) await db.run(sql.raw(statement))
  await db.run(sql`DROP TABLE \`sops_blocks_action\`;`)
  await db.run(sql`DROP TABLE \`sops_blocks_say\`;`)
  await db.run(sql`DROP TABLE \`sops_blocks_decision_branches\`;`)
  await db.run(sql`DROP TABLE \`sops_blocks_decision\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_blocks_action\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_blocks_say\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_blocks_decision_branches\`;`)
  await db.run(sql`DROP TABLE \`_sops_v_blocks_decision\`;`)
}
