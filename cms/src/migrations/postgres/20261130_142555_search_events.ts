import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_events_fallback" AS ENUM('closest', 'browse');
  CREATE TYPE "public"."enum_search_events_handled" AS ENUM('open', 'aliased', 'drafted', 'dismissed');
  CREATE TABLE "search_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query" varchar NOT NULL,
  	"results" numeric NOT NULL,
  	"top_entry" varchar,
  	"owner" varchar,
  	"opened_rank" numeric,
  	"opened_entry" varchar,
  	"corrected_to" varchar,
  	"fallback" "enum_search_events_fallback",
  	"verbatim" boolean DEFAULT false,
  	"handled" "enum_search_events_handled" DEFAULT 'open' NOT NULL,
  	"handled_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_events_id" integer;
  ALTER TABLE "search_events" ADD CONSTRAINT "search_events_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_events_query_idx" ON "search_events" USING btree ("query");
  CREATE INDEX "search_events_owner_idx" ON "search_events" USING btree ("owner");
  CREATE INDEX "search_events_handled_idx" ON "search_events" USING btree ("handled");
  CREATE INDEX "search_events_handled_by_idx" ON "search_events" USING btree ("handled_by_id");
  CREATE INDEX "search_events_updated_at_idx" ON "search_events" USING btree ("updated_at");
  CREATE INDEX "search_events_created_at_idx" ON "search_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_events_fk" FOREIGN KEY ("search_events_id") REFERENCES "public"."search_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_events_id_idx" ON "payload_locked_documents_rels" USING btree ("search_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_events_id";
  DROP TYPE "public"."enum_search_events_fallback";
  DROP TYPE "public"."enum_search_events_handled";`)
}
