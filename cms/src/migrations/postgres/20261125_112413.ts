import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_build_status" AS ENUM('idle', 'building', 'succeeded', 'failed');
  CREATE TABLE "site_build" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_build_status" DEFAULT 'idle',
  	"reasons" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"last_success_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_build" CASCADE;
  DROP TYPE "public"."enum_site_build_status";`)
}
