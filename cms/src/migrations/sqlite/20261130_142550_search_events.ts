import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`query\` text NOT NULL,
  	\`results\` numeric NOT NULL,
  	\`top_entry\` text,
  	\`owner\` text,
  	\`opened_rank\` numeric,
  	\`opened_entry\` text,
  	\`corrected_to\` text,
  	\`fallback\` text,
  	\`verbatim\` integer DEFAULT false,
  	\`handled\` text DEFAULT 'open' NOT NULL,
  	\`handled_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`search_events_query_idx\` ON \`search_events\` (\`query\`);`)
  await db.run(sql`CREATE INDEX \`search_events_owner_idx\` ON \`search_events\` (\`owner\`);`)
  await db.run(sql`CREATE INDEX \`search_events_handled_idx\` ON \`search_events\` (\`handled\`);`)
  await db.run(sql`CREATE INDEX \`search_events_handled_by_idx\` ON \`search_events\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`search_events_updated_at_idx\` ON \`search_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_events_created_at_idx\` ON \`search_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_events_id\` integer REFERENCES search_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_events_id_idx\` ON \`payload_locked_documents_rels\` (\`search_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_events\`;`)
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
  	\`feedback_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`empathy_scripts_id\`) REFERENCES \`empathy_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sops_id\`) REFERENCES \`sops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`situations_id\`) REFERENCES \`situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "strategies_id", "empathy_scripts_id", "sops_id", "situations_id", "sources_id", "feedback_id", "users_id") SELECT "id", "order", "parent_id", "path", "strategies_id", "empathy_scripts_id", "sops_id", "situations_id", "sources_id", "feedback_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
