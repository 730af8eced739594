import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`agent_vocabulary_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agent_vocabulary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agent_vocabulary_synonyms_order_idx\` ON \`agent_vocabulary_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agent_vocabulary_synonyms_parent_id_idx\` ON \`agent_vocabulary_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agent_vocabulary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`agent_vocabulary__status_idx\` ON \`agent_vocabulary\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`agent_vocabulary_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agent_vocabulary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agent_vocabulary_texts_order_parent\` ON \`agent_vocabulary_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agent_vocabulary_v_version_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agent_vocabulary_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_version_synonyms_order_idx\` ON \`_agent_vocabulary_v_version_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_version_synonyms_parent_id_idx\` ON \`_agent_vocabulary_v_version_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agent_vocabulary_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_version_version__status_idx\` ON \`_agent_vocabulary_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_created_at_idx\` ON \`_agent_vocabulary_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_updated_at_idx\` ON \`_agent_vocabulary_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_latest_idx\` ON \`_agent_vocabulary_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_agent_vocabulary_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agent_vocabulary_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agent_vocabulary_v_texts_order_parent\` ON \`_agent_vocabulary_v_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`agent_vocabulary_synonyms\`;`)
  await db.run(sql`DROP TABLE \`agent_vocabulary\`;`)
  await db.run(sql`DROP TABLE \`agent_vocabulary_texts\`;`)
  await db.run(sql`DROP TABLE \`_agent_vocabulary_v_version_synonyms\`;`)
  await db.run(sql`DROP TABLE \`_agent_vocabulary_v\`;`)
  await db.run(sql`DROP TABLE \`_agent_vocabulary_v_texts\`;`)
}
