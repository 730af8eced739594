import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agent_vocabulary_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agent_vocabulary_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "agent_vocabulary_synonyms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "agent_vocabulary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_agent_vocabulary_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "agent_vocabulary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_agent_vocabulary_v_version_synonyms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agent_vocabulary_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__agent_vocabulary_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_agent_vocabulary_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "agent_vocabulary_synonyms" ADD CONSTRAINT "agent_vocabulary_synonyms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agent_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agent_vocabulary_texts" ADD CONSTRAINT "agent_vocabulary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agent_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agent_vocabulary_v_version_synonyms" ADD CONSTRAINT "_agent_vocabulary_v_version_synonyms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agent_vocabulary_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agent_vocabulary_v_texts" ADD CONSTRAINT "_agent_vocabulary_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_agent_vocabulary_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agent_vocabulary_synonyms_order_idx" ON "agent_vocabulary_synonyms" USING btree ("_order");
  CREATE INDEX "agent_vocabulary_synonyms_parent_id_idx" ON "agent_vocabulary_synonyms" USING btree ("_parent_id");
  CREATE INDEX "agent_vocabulary__status_idx" ON "agent_vocabulary" USING btree ("_status");
  CREATE INDEX "agent_vocabulary_texts_order_parent" ON "agent_vocabulary_texts" USING btree ("order","parent_id");
  CREATE INDEX "_agent_vocabulary_v_version_synonyms_order_idx" ON "_agent_vocabulary_v_version_synonyms" USING btree ("_order");
  CREATE INDEX "_agent_vocabulary_v_version_synonyms_parent_id_idx" ON "_agent_vocabulary_v_version_synonyms" USING btree ("_parent_id");
  CREATE INDEX "_agent_vocabulary_v_version_version__status_idx" ON "_agent_vocabulary_v" USING btree ("version__status");
  CREATE INDEX "_agent_vocabulary_v_created_at_idx" ON "_agent_vocabulary_v" USING btree ("created_at");
  CREATE INDEX "_agent_vocabulary_v_updated_at_idx" ON "_agent_vocabulary_v" USING btree ("updated_at");
  CREATE INDEX "_agent_vocabulary_v_latest_idx" ON "_agent_vocabulary_v" USING btree ("latest");
  CREATE INDEX "_agent_vocabulary_v_texts_order_parent" ON "_agent_vocabulary_v_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "agent_vocabulary_synonyms" CASCADE;
  DROP TABLE "agent_vocabulary" CASCADE;
  DROP TABLE "agent_vocabulary_texts" CASCADE;
  DROP TABLE "_agent_vocabulary_v_version_synonyms" CASCADE;
  DROP TABLE "_agent_vocabulary_v" CASCADE;
  DROP TABLE "_agent_vocabulary_v_texts" CASCADE;
  DROP TYPE "public"."enum_agent_vocabulary_status";
  DROP TYPE "public"."enum__agent_vocabulary_v_version_status";`)
}
