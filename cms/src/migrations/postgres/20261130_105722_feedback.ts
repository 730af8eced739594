import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_verdict" AS ENUM('helped', 'outdated', 'wrong', 'missing', 'didnt-work');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('open', 'resolved');
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_title" varchar NOT NULL,
  	"owner" varchar,
  	"verdict" "enum_feedback_verdict" NOT NULL,
  	"comment" varchar,
  	"status" "enum_feedback_status" DEFAULT 'open' NOT NULL,
  	"resolution_note" varchar,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"empathy_scripts_id" integer,
  	"strategies_id" integer,
  	"sops_id" integer,
  	"situations_id" integer
  );
  
  ALTER TABLE "strategies" ADD COLUMN "review_verified_by" varchar;
  ALTER TABLE "_strategies_v" ADD COLUMN "version_review_verified_by" varchar;
  ALTER TABLE "empathy_scripts" ADD COLUMN "review_verified_by" varchar;
  ALTER TABLE "_empathy_scripts_v" ADD COLUMN "version_review_verified_by" varchar;
  ALTER TABLE "sops" ADD COLUMN "review_verified_by" varchar;
  ALTER TABLE "_sops_v" ADD COLUMN "version_review_verified_by" varchar;
  ALTER TABLE "situations" ADD COLUMN "review_verified_by" varchar;
  ALTER TABLE "_situations_v" ADD COLUMN "version_review_verified_by" varchar;
  ALTER TABLE "sources" ADD COLUMN "review_verified_by" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_review_verified_by" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_empathy_scripts_fk" FOREIGN KEY ("empathy_scripts_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_sops_fk" FOREIGN KEY ("sops_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_owner_idx" ON "feedback" USING btree ("owner");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_resolved_by_idx" ON "feedback" USING btree ("resolved_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_empathy_scripts_id_idx" ON "feedback_rels" USING btree ("empathy_scripts_id");
  CREATE INDEX "feedback_rels_strategies_id_idx" ON "feedback_rels" USING btree ("strategies_id");
  CREATE INDEX "feedback_rels_sops_id_idx" ON "feedback_rels" USING btree ("sops_id");
  CREATE INDEX "feedback_rels_situations_id_idx" ON "feedback_rels" USING btree ("situations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "strategies" DROP COLUMN "review_verified_by";
  ALTER TABLE "_strategies_v" DROP COLUMN "version_review_verified_by";
  ALTER TABLE "empathy_scripts" DROP COLUMN "review_verified_by";
  ALTER TABLE "_empathy_scripts_v" DROP COLUMN "version_review_verified_by";
  ALTER TABLE "sops" DROP COLUMN "review_verified_by";
  ALTER TABLE "_sops_v" DROP COLUMN "version_review_verified_by";
  ALTER TABLE "situations" DROP COLUMN "review_verified_by";
  ALTER TABLE "_situations_v" DROP COLUMN "version_review_verified_by";
  ALTER TABLE "sources" DROP COLUMN "review_verified_by";
  ALTER TABLE "_sources_v" DROP COLUMN "version_review_verified_by";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_feedback_verdict";
  DROP TYPE "public"."enum_feedback_status";`)
}
